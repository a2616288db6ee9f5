using KnowledgeBase.Search;
namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>Reciprocal rank and nDCG@k over graded relevance.</summary>
public static class RankingMetrics
{
    /// <summary>1/rank of the first result carrying the query's best grade (the answer), 0 when none is returned.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant)
    {
        int best = relevant.Values.Max();
        for (int i = 0; i < ranked.Count; i++)
        {
            if (relevant.TryGetValue(ranked[i], out int grade) && grade == best)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>nDCG@k with gain 2^grade - 1.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> relevant, int k = 10)
    {
        double dcg = 0;
        for (int i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += (Math.Pow(2, relevant.GetValueOrDefault(ranked[i])) - 1) / Math.Log2(i + 2);
        }

        double ideal = relevant.Values.OrderDescending().Take(k).Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
