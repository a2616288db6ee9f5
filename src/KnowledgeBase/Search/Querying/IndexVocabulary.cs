using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// The index's terms and the words they came from: whether a query word is known, what a misspelt word was
/// probably meant to be, and which terms a prefix* covers.
/// </summary>
internal sealed class IndexVocabulary
{
    /// <summary>At most this many corrections per misspelt word, and terms per prefix.</summary>
    public const int MaxCorrections = 3;
    public const int MaxPrefixTerms = 8;

    private readonly Dictionary<string, int> df;
    private readonly string[] words;
    private readonly string[] wordTerms;
    private readonly ulong[] masks;
    private readonly Dictionary<int, int[]> byLength;

    /// <param name="df">Each term and how many documents hold it.</param>
    /// <param name="words">Folded words, sorted ordinally, each with its term.</param>
    public IndexVocabulary(Dictionary<string, int> df, IReadOnlyList<KeyValuePair<string, string>> words)
    {
        this.df = df;
        this.words = words.Select(w => w.Key).ToArray();
        wordTerms = words.Select(w => w.Value).ToArray();
        masks = this.words.Select(EditDistance.LetterMask).ToArray();
        byLength = Enumerable.Range(0, this.words.Length)
            .Where(i => !TextAnalyzer.IsStopWord(this.words[i]))
            .GroupBy(i => this.words[i].Length)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public bool Contains(string term) => df.ContainsKey(term);

    public int DocumentFrequency(string term) => df.GetValueOrDefault(term);

    /// <summary>How many edits a word of this length may be off by: none under 4 letters, 1 under 6, else 2.</summary>
    public static int MaxEdits(int length) => length < 4 ? 0 : length < 6 ? 1 : 2;

    /// <summary>The closest words' terms: smallest distance first, then the commonest, then alphabetical.</summary>
    public IReadOnlyList<(string Word, string Term)> Corrections(string folded)
    {
        int max = MaxEdits(folded.Length);
        var found = new List<(int Distance, string Word, string Term)>();
        ulong mask = EditDistance.LetterMask(folded);
        for (int length = folded.Length - max; length <= folded.Length + max; length++)
        {
            if (!byLength.TryGetValue(length, out var ids))
            {
                continue;
            }

            foreach (int id in ids)
            {
                if (!EditDistance.MayBeWithin(mask, masks[id], max))
                {
                    continue;
                }

                int d = EditDistance.Within(folded, words[id], max);
                if (d <= max)
                {
                    found.Add((d, words[id], wordTerms[id]));
                }
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        int best = found.Min(f => f.Distance);
        var result = new List<(string, string)>();
        foreach (var f in found.Where(f => f.Distance == best)
            .OrderByDescending(f => DocumentFrequency(f.Term)).ThenBy(f => f.Word, StringComparer.Ordinal))
        {
            if (result.Count < MaxCorrections && !result.Any(r => r.Item2 == f.Term))
            {
                result.Add((f.Word, f.Term));
            }
        }

        return result;
    }

    /// <summary>The terms of every word starting with <paramref name="prefix"/>, commonest first.</summary>
    public IReadOnlyList<string> PrefixTerms(string prefix)
    {
        int lo = 0, hi = words.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (string.CompareOrdinal(words[mid], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var terms = new HashSet<string>(StringComparer.Ordinal);
        for (int i = lo; i < words.Length && words[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            terms.Add(wordTerms[i]);
        }

        return terms.OrderByDescending(DocumentFrequency).ThenBy(t => t, StringComparer.Ordinal).Take(MaxPrefixTerms).ToArray();
    }
}
