using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>Ranking quality on the officers' graded queries: the sample set and our own held-out set.</summary>
public sealed class EvaluationTests(ManualIndexFixture fixture, ITestOutputHelper output) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void SampleQueries_RankTheAnswerFirst_MrrAtLeast090_NdcgAtLeast085()
    {
        var (mrr, ndcg) = Evaluate(EvalSet.Load(Paths.SampleQueries));
        Assert.True(mrr >= 0.9, $"MRR {mrr:F3}");
        Assert.True(ndcg >= 0.85, $"nDCG@10 {ndcg:F3}");
    }

    [Fact]
    public void HeldOutQueries_RankTheAnswerFirst_MrrAtLeast090_NdcgAtLeast080()
    {
        var (mrr, ndcg) = Evaluate(EvalSet.Load(Paths.HeldOutQueries));
        Assert.True(mrr >= 0.9, $"MRR {mrr:F3}");
        Assert.True(ndcg >= 0.80, $"nDCG@10 {ndcg:F3}");
    }

    private (double Mrr, double Ndcg) Evaluate(List<EvalQuery> queries)
    {
        double rr = 0, ndcg = 0;
        foreach (var q in queries)
        {
            var response = fixture.Engine.Search(new SearchRequest(q.Query, 10));
            var ranked = response.Results.Select(r => r.Slug).ToList();
            double r1 = RankingMetrics.ReciprocalRank(ranked, q.Relevant);
            double n1 = RankingMetrics.Ndcg(ranked, q.Relevant);
            rr += r1;
            ndcg += n1;
            output.WriteLine($"{r1:F2} {n1:F2}  {q.Query,-40} -> {string.Join(", ", ranked.Take(5))}{(response.Message is null ? string.Empty : "  [" + response.Message + "]")}");
        }

        double mrr = rr / queries.Count, mean = ndcg / queries.Count;
        output.WriteLine($"MRR {mrr:F3}  nDCG@10 {mean:F3}  over {queries.Count} queries");
        return (mrr, mean);
    }
}
