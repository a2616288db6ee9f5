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
    /// Scores every match; the first <paramref name="top"/> of the result are the best, in order, and the rest
    /// follow in no particular order (they are only counted). Note: sorting thousands of matches to show ten
    /// was a large share of a broad query; the order is total (slugs are unique), so the top is the same.
    /// </summary>
    public static List<(DocInfo Doc, double Score)> Rank(
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

        var ranked = new List<(DocInfo Doc, double Score)>(scored);
        SortTop(ranked, top);
        return ranked;
    }

    /// <summary>From this many matches on, scoring is split between the cores.</summary>
    private const int ParallelFrom = 2000;

    private static int Compare((DocInfo Doc, double Score) a, (DocInfo Doc, double Score) b) =>
        b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : string.Compare(a.Doc.Title, b.Doc.Title, StringComparison.OrdinalIgnoreCase) is var t and not 0 ? t
            : string.CompareOrdinal(a.Doc.Slug, b.Doc.Slug);

    /// <summary>Moves the best <paramref name="top"/> entries, sorted, to the front of the list.</summary>
    /// <remarks>
    /// Note: one pass keeping the best few in a small sorted array; most entries lose to the worst of them on the
    /// score alone, one comparison of doubles. A heap with a comparer delegate cost several times as much.
    /// </remarks>
    private static void SortTop(List<(DocInfo Doc, double Score)> ranked, int top)
    {
        if (top * 4 >= ranked.Count)
        {
            ranked.Sort(Compare);
            return;
        }

        var best = new int[top];
        int count = 0;
        for (int i = 0; i < ranked.Count; i++)
        {
            if (count == top && (top == 0 || Compare(ranked[i], ranked[best[count - 1]]) >= 0))
            {
                continue;
            }

            int at = count < top ? count++ : count - 1;
            while (at > 0 && Compare(ranked[i], ranked[best[at - 1]]) < 0)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = i;
        }

        var taken = new bool[ranked.Count];
        var all = ranked.ToArray();
        ranked.Clear();
        for (int k = 0; k < count; k++)
        {
            taken[best[k]] = true;
            ranked.Add(all[best[k]]);
        }

        for (int i = 0; i < all.Length; i++)
        {
            if (!taken[i])
            {
                ranked.Add(all[i]);
            }
        }
    }
}
