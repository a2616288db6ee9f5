using System.Globalization;
using System.Text;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Store;
using Lucene.Net.Util.Automaton;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Every surface word of the published entries (folded only, before respelling and stemming) with the number of
/// entries using it: what typo correction, prefixes and the static index's word list look words up in. Kept as a
/// file beside the Lucene segments rather than as a field of every document: as a field it was a third of the
/// terms the index build inverted, for a list that only needs each word once.
/// </summary>
internal sealed class Vocabulary
{
    /// <summary>The file's name in the index folder; Lucene leaves files it did not name alone.</summary>
    public const string FileName = "kb-vocabulary.tsv";

    private readonly string[] words;
    private readonly int[] frequencies;

    private Vocabulary(string[] words, int[] frequencies)
    {
        this.words = words;
        this.frequencies = frequencies;
    }

    /// <summary>The words in ordinal order, each with its document frequency.</summary>
    public IEnumerable<(string Word, int Frequency)> Entries => words.Select((w, i) => (w, frequencies[i]));

    /// <summary>The words of every writer's documents, their frequencies added up.</summary>
    public static Vocabulary Merge(IEnumerable<SurfaceWords> parts)
    {
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (word, frequency) in part.Frequencies)
            {
                total[word] = total.GetValueOrDefault(word) + frequency;
            }
        }

        var sorted = total.Keys.Order(StringComparer.Ordinal).ToArray();
        return new Vocabulary(sorted, [.. sorted.Select(w => total[w])]);
    }

    /// <summary>How many entries use <paramref name="word"/>: 0 for a word the manual does not use.</summary>
    public int FrequencyOf(string word)
    {
        int at = Array.BinarySearch(words, word, StringComparer.Ordinal);
        return at >= 0 ? frequencies[at] : 0;
    }

    /// <summary>The words that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public IEnumerable<(string Word, int Frequency)> StartingWith(string prefix)
    {
        // The words are distinct and sorted, so the search's index (or insertion point) is the first word >= prefix.
        int first = Array.BinarySearch(words, prefix, StringComparer.Ordinal);
        for (int i = first < 0 ? ~first : first; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            yield return (words[i], frequencies[i]);
        }
    }

    /// <summary>
    /// The words at most <paramref name="edits"/> edits from <paramref name="word"/> (a swap of two letters is one
    /// edit), other than the word itself, that share its first <paramref name="prefixLength"/> letters, found with
    /// Lucene's Levenshtein automaton.
    /// </summary>
    public IEnumerable<(string Word, int Frequency)> Near(string word, int edits, int prefixLength)
    {
        string prefix = word[..Math.Min(prefixLength, word.Length)];
        var automaton = new CharacterRunAutomaton(BasicOperations.Concatenate(
            BasicAutomata.MakeString(prefix), new LevenshteinAutomata(word[prefix.Length..], withTranspositions: true).ToAutomaton(edits)));
        foreach (var (candidate, frequency) in StartingWith(prefix))
        {
            // Lucene's fuzzy matching keeps a word only if it has more letters than edits (2 edits never turn "ab" into "xy").
            if (candidate != word && edits < Math.Min(candidate.Length, word.Length) && automaton.Run(candidate))
            {
                yield return (candidate, frequency);
            }
        }
    }

    public void Write(Lucene.Net.Store.Directory directory)
    {
        var text = new StringBuilder();
        for (int i = 0; i < words.Length; i++)
        {
            text.Append(words[i]).Append('\t').Append(frequencies[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
        using var output = directory.CreateOutput(FileName, IOContext.DEFAULT);
        output.WriteBytes(bytes, bytes.Length);
    }

    /// <summary>Reads the vocabulary written beside an index; null when the index has none.</summary>
    public static Vocabulary? Read(Lucene.Net.Store.Directory directory)
    {
        if (!directory.ListAll().Contains(FileName, StringComparer.Ordinal))
        {
            return null;
        }

        byte[] bytes;
        using (var input = directory.OpenInput(FileName, IOContext.READ_ONCE))
        {
            bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
        }

        var words = new List<string>();
        var frequencies = new List<int>();
        foreach (string line in Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int frequency))
            {
                return null;
            }

            words.Add(line[..tab]);
            frequencies.Add(frequency);
        }

        return new Vocabulary([.. words], [.. frequencies]);
    }
}
