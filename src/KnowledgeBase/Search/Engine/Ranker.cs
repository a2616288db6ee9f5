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

    /// <summary>
    /// Scores every match (in <see cref="RankedMatches.All"/>, in no particular order: they are only counted) and
    /// picks the best <paramref name="top"/>, in order. Note: sorting thousands of matches to show ten was a large
    /// share of a broad query; the order is total (slugs are unique), so the top is the same.
    /// </summary>
    public static RankedMatches Rank(
        IReadOnlyList<(int Id, double Score)> matches,
        DocInfo[] docs,
        IReadOnlyDictionary<string, int[]> titleIndex,
        IReadOnlyList<MatchPlan> concepts,
        Func<int, int>? conceptsMatched,
        int top)
    {
        var scored = new (DocInfo Doc, double Score)[matches.Count];
        var titles = new TitleMatcher(concepts, titleIndex, docs.Length);
        // Each score depends on its own match only: thousands of them are scored on every core.
        int parts = matches.Count >= ParallelFrom ? Math.Max(1, Math.Min(Environment.ProcessorCount, matches.Count / ParallelFrom)) : 1;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            int end = (int)((long)matches.Count * (p + 1) / parts);
            for (int i = (int)((long)matches.Count * p / parts); i < end; i++)
            {
                var (id, bm25) = matches[i];
                var doc = docs[id - 1];
                double score = bm25;
                if (conceptsMatched is not null && concepts.Count > 0)
                {
                    double share = (double)conceptsMatched(id) / concepts.Count;
                    score *= share * share;
                }

                if (concepts.Count > 0)
                {
                    int inTitle = titles.Count(doc);
                    score *= 1 + (TitleBoost * inTitle / concepts.Count);
                }

                scored[i] = (doc, Math.Round(score, 6));
            }
        });

        return new RankedMatches(scored, Best(scored, top));
    }

    /// <summary>From this many matches on, scoring is split between the cores.</summary>
    private const int ParallelFrom = 2000;

    private static int Compare((DocInfo Doc, double Score) a, (DocInfo Doc, double Score) b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : string.Compare(a.Doc.Title, b.Doc.Title, StringComparison.OrdinalIgnoreCase) is var t and not 0 ? t
            : string.CompareOrdinal(a.Doc.Slug, b.Doc.Slug);

    /// <summary>The best <paramref name="top"/> entries, sorted.</summary>
    /// <remarks>
    /// Note: one pass keeping the best few in a small sorted array; most entries lose to the worst of them on the
    /// score alone, one comparison of doubles. A heap with a comparer delegate cost several times as much, and
    /// reordering the whole list allocated several large arrays per broad query.
    /// </remarks>
    private static (DocInfo Doc, double Score)[] Best((DocInfo Doc, double Score)[] scored, int top)
    {
        top = Math.Min(top, scored.Length);
        var best = new (DocInfo Doc, double Score)[top];
        int count = 0;
        foreach (var entry in scored)
        {
            if (count == top && (top == 0 || Compare(entry, best[count - 1]) >= 0))
            {
                continue;
            }

            int at = count < top ? count++ : count - 1;
            while (at > 0 && Compare(entry, best[at - 1]) < 0)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = entry;
        }

        return best;
    }
}

/// <summary>Every match scored, and the best of them in order.</summary>
internal sealed record RankedMatches((DocInfo Doc, double Score)[] All, (DocInfo Doc, double Score)[] Top);
