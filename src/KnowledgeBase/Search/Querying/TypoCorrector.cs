using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Corrects a word the index does not have to the nearest words the manual does use, with Lucene's Levenshtein
/// automata over the surface words (one edit, then two; a swap of two letters is one edit): the user sees a real
/// word ("trident"), never a stem.
/// </summary>
internal sealed class TypoCorrector(IndexReader reader)
{
    // The reader never changes, so its surface words are looked up once, not for every word corrected.
    private readonly Terms? words = MultiFields.GetTerms(reader, IndexFields.Words);

    /// <summary>At most this many corrections per word.</summary>
    public const int MaxCorrections = 2;

    /// <summary>Words shorter than this are not corrected: too many words are one edit from them.</summary>
    public const int MinLength = 4;

    /// <summary>Two edits only for words this long.</summary>
    public const int TwoEditsFrom = 6;

    /// <summary>The first letter is rarely the mistake, and requiring it keeps the automaton's walk small.</summary>
    public const int PrefixLength = 1;

    public IReadOnlyList<string> Correct(string typed)
    {
        string word = typed.ToLowerInvariant();
        if (word.Length < MinLength || word.Any(c => !char.IsLetter(c)))
        {
            return [];
        }

        for (int edits = 1; edits <= (word.Length >= TwoEditsFrom ? 2 : 1); edits++)
        {
            var found = Near(word, edits);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }

    private List<string> Near(string word, int edits)
    {
        var candidates = new List<(string Word, int Frequency)>();
        if (words is null)
        {
            return [];
        }

        var attributes = new AttributeSource();
        var fuzzy = new FuzzyTermsEnum(words, attributes, new Term(IndexFields.Words, word), edits, PrefixLength, transpositions: true);
        // Words one edit away were looked for first, so every candidate here is exactly this many edits away.
        while (fuzzy.MoveNext())
        {
            string candidate = fuzzy.Term.Utf8ToString();
            if (candidate != word)
            {
                candidates.Add((candidate, fuzzy.DocFreq));
            }
        }

        return [.. candidates
            .OrderByDescending(c => c.Frequency).ThenBy(c => c.Word, StringComparer.Ordinal)
            .Take(MaxCorrections).Select(c => c.Word)];
    }
}
