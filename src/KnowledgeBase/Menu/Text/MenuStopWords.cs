using System.Collections.Frozen;

namespace KnowledgeBase.Menu;

/// <summary>Words that say nothing about a problem; menu.js carries the same list.</summary>
public static class MenuStopWords
{
    public static readonly IReadOnlyList<string> List =
    [
        "a", "about", "after", "again", "all", "already", "also", "although", "an", "and", "another", "any",
        "anything", "are", "around", "as", "at", "be", "because", "been", "before", "being", "believe", "both",
        "bring", "bringing", "brought", "but", "by", "can", "come", "comes", "coming", "could", "did", "do", "does",
        "doing", "done", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further", "get",
        "go", "goes", "going", "got", "had", "has", "have", "here", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "keep", "keeping", "keeps", "know", "known", "like", "lot", "lots", "made", "make", "makes", "many",
        "may", "me", "might", "more", "most", "much", "must", "my", "near", "need", "needs", "no", "not", "now", "of",
        "often", "on", "one", "only", "or", "other", "others", "our", "out", "over", "own", "per", "quite", "really",
        "same", "see", "seem", "seems", "seen", "shall", "should", "since", "so", "some", "someone", "soon", "still",
        "such", "take", "taken", "takes", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "to", "too", "two", "under", "until", "up", "us", "very", "via", "want", "wants", "was",
        "we", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your",
    ];

    private static readonly FrozenSet<string> Set = List.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Set.Contains(word);
}
