using KnowledgeBase.Menu;
namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>nDCG@k with exponential gain (2^grade - 1), the usual form for graded relevance.</summary>
internal static class Ndcg
{
    public static double At(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var dcg = ranked.Take(k).Select((slug, i) => Gain(grades.GetValueOrDefault(slug)) / Math.Log2(i + 2)).Sum();
        var ideal = grades.Values.OrderDescending().Take(k).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        return ideal == 0 ? 1 : dcg / ideal;
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
