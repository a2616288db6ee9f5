using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Orders matches: bm25 from FTS5, then boosts the evaluation showed to help. Ties go by title, then slug, and
/// scores are rounded first, so the order never depends on the last bits of floating point.
/// </summary>
internal static class Ranker
{
    /// <summary>
    /// An entry whose title has every word of the query is worth (1 + this) times its bm25; one with some of
    /// them, in proportion. Titles name what an entry is about; bm25 alone saturates a title match quickly.
    /// </summary>
    public const double TitleBoost = 1.0;

    /// <summary>
    /// When fewer entries than this have every word of a plain query, entries with most of the words join them
    /// (ranked by how many they have): questions carry words ("check", "how") no entry needs to contain.
    /// </summary>
    public const int SupplementBelow = 3;

    /// <summary>
    /// The all-words matches plus the any-word matches that have at least half the words (any of them at all
    /// when nothing had every word).
    /// </summary>
    public static List<(int Id, double Score)> Supplement(
        List<(int Id, double Score)> all, List<(int Id, double Score)> any, Func<int, int> conceptsMatched, int concepts)
    {
        int minimum = all.Count == 0 ? 1 : (concepts + 1) / 2;
        var ids = all.Select(m => m.Id).ToHashSet();
        return [.. all, .. any.Where(m => !ids.Contains(m.Id) && conceptsMatched(m.Id) >= minimum)];
    }

    public static List<(DocInfo Doc, double Score)> Rank(
        IReadOnlyList<(int Id, double Score)> matches,
        IReadOnlyDictionary<int, DocInfo> docs,
        IReadOnlyList<MatchPlan> concepts,
        Func<int, int>? conceptsMatched)
    {
        var ranked = new List<(DocInfo Doc, double Score)>(matches.Count);
        foreach (var (id, bm25) in matches)
        {
            var doc = docs[id];
            double score = bm25;
            if (conceptsMatched is not null && concepts.Count > 0)
            {
                double share = (double)conceptsMatched(id) / concepts.Count;
                score *= share * share;
            }

            if (concepts.Count > 0)
            {
                int inTitle = concepts.Count(c => PlanMatcher.Matches(c, doc.TitleTerms));
                score *= 1 + (TitleBoost * inTitle / concepts.Count);
            }

            ranked.Add((doc, Math.Round(score, 6)));
        }

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : string.Compare(a.Doc.Title, b.Doc.Title, StringComparison.OrdinalIgnoreCase) is var t and not 0 ? t
            : string.CompareOrdinal(a.Doc.Slug, b.Doc.Slug));
        return ranked;
    }
}
