namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Function words a free-text query does not require (the index keeps them, so quoted phrases still match). Kept
/// short: "all", "first", "young" stay meaningful. A word typed in capitals ("IT", "US") is an acronym, never a
/// stop word.
/// </summary>
internal static class StopWords
{
    public static readonly string[] Words =
    [
        "a", "about", "am", "an", "and", "any", "anything", "are", "as", "at", "be", "been", "but", "by", "can", "could",
        "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "me", "my", "no", "not", "of", "on", "or", "other", "our", "she", "should", "so", "some", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "us", "was", "we",
        "were", "what", "when", "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your",
    ];

    private static readonly HashSet<string> Set = new(Words, StringComparer.Ordinal);

    /// <summary>The word without a trailing "'s" or "’s", which the analyzer drops too: "what's" is "what".</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> typed) =>
        typed.Length > 2 && typed[^1] is 's' or 'S' && typed[^2] is '\'' or '\u2019' ? typed[..^2] : typed;

    /// <summary>Whether a word as typed is a stop word ("who's" is "who").</summary>
    public static bool IsStopWord(ReadOnlySpan<char> typed)
    {
        typed = WithoutPossessive(typed);
        if (typed.Length >= 2 && !typed.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(typed.Length, 32)];
        return typed.Length <= 32 && typed.ToLowerInvariant(lower) == typed.Length
            && Set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
