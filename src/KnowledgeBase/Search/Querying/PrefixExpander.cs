using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>The surface words a prefix stands for: the most frequent ones, so "s*" stays a small query.</summary>
internal sealed class PrefixExpander(Vocabulary words)
{
    public const int MaxTerms = 8;

    public IReadOnlyList<string> Expand(string prefix)
    {
        string folded = prefix.ToLowerInvariant();
        if (folded.Length == 0)
        {
            return [];
        }

        return [.. words.StartingWith(folded)
            .OrderByDescending(f => f.Frequency).ThenBy(f => f.Word, StringComparer.Ordinal)
            .Take(MaxTerms).Select(f => f.Word)];
    }
}
