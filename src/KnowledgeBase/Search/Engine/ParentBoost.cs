namespace KnowledgeBase.Search.Engine;

/// <summary>
/// When the best matches are a programme's own work, the programme answers the query too: "knife" matches Target
/// knife carriers and Anti-knife education best, both Operation Blunt's, and Operation Blunt is what an officer is
/// after. Each of the first <see cref="Window"/> results lends <see cref="Share"/> of its score to each of them it
/// names as its lead or user; the rest keep their order after them. search.js ranks the same way.
/// </summary>
internal static class ParentBoost
{
    /// <summary>The results that lend and receive: the first screen.</summary>
    public const int Window = 10;

    /// <summary>A share small enough that an entry matching little stays below the entries that match.</summary>
    public const double Share = 0.3;

    /// <summary>The ranked results (best first, scores to six decimals), reordered; ties keep their order.</summary>
    public static List<(int Doc, double Score)> Apply(List<(int Doc, double Score)> ranked, Func<int, int[]> parents)
    {
        int window = Math.Min(Window, ranked.Count);
        var scores = new double[window];
        for (int i = 0; i < window; i++)
        {
            scores[i] = ranked[i].Score;
        }

        for (int lender = 0; lender < window; lender++)
        {
            foreach (int parent in parents(ranked[lender].Doc))
            {
                for (int i = 0; i < window; i++)
                {
                    if (ranked[i].Doc == parent && i != lender)
                    {
                        scores[i] += Share * ranked[lender].Score;
                    }
                }
            }
        }

        var boosted = Enumerable.Range(0, window)
            .Select(i => (ranked[i].Doc, Score: Math.Round(scores[i], 6)))
            .OrderByDescending(r => r.Score) // stable: equal scores keep Lucene's order
            .ToList();
        boosted.AddRange(ranked.Skip(window));
        return boosted;
    }
}
