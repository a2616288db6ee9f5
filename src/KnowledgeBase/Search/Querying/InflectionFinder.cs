using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// The manual's own forms of a query word the index does not have: "talk" finds "talks" (which KStem keeps whole), so
/// it is searched as that word, not corrected into another one.
/// </summary>
internal sealed class InflectionFinder(Vocabulary words)
{
    /// <summary>At most this many forms per word, the most used first.</summary>
    public const int MaxForms = 2;

    public IReadOnlyList<string> Find(string typed)
    {
        string word = typed.ToLowerInvariant();
        return [.. InflectedForms.Of(word).Concat(InflectedForms.Bases(word))
            .Where(form => form != word)
            .Distinct(StringComparer.Ordinal)
            .Select(form => (Form: form, Frequency: words.FrequencyOf(form)))
            .Where(f => f.Frequency > 0)
            .OrderByDescending(f => f.Frequency).ThenBy(f => f.Form, StringComparer.Ordinal)
            .Take(MaxForms)
            .Select(f => f.Form)];
    }
}
