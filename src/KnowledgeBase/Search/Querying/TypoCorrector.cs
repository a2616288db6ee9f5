using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Corrects a word the index does not have to the nearest words the manual does use, with Lucene's Levenshtein
/// automata over the surface words (one edit, then two; a swap of two letters is one edit): the user sees a real
/// word ("trident"), never a stem. A word of English the manual does not use ("stolen") is not a typo and is left
/// alone (<see cref="EnglishWords"/>).
/// </summary>
internal sealed class TypoCorrector(Vocabulary words)
{
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
        if (word.Length < MinLength || word.Any(c => !char.IsLetter(c)) || EnglishWords.Contains(word))
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

    // Words one edit away were looked for first, so every candidate of two edits is exactly two edits away.
    private List<string> Near(string word, int edits) => [.. words.Near(word, edits, PrefixLength)
        .OrderByDescending(c => c.Frequency).ThenBy(c => c.Word, StringComparer.Ordinal)
        .Take(MaxCorrections).Select(c => c.Word)];
}
