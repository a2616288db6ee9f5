using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>search.js, run by node on the static index, must rank as the server does.</summary>
public sealed class JsParityTests(ManualStaticIndexFixture fixture, ITestOutputHelper output) : IClassFixture<ManualStaticIndexFixture>
{
    public static TheoryData<string> Sets => new() { "sample", "held-out" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void StaticSearch_OnEvalQueries_MrrWithin005OfServer(string set)
    {
        Assert.True(NodeRunner.Available(), "node is needed for the static search tests");
        var queries = EvalSet.Load(set == "sample" ? Paths.SampleQueries : Paths.HeldOutQueries);
        var js = NodeRunner.Run(fixture.JsonPath, queries.Select(q => new { q = q.Query, limit = 10 }));
        double server = 0, browser = 0;
        int agree = 0;
        for (int i = 0; i < queries.Count; i++)
        {
            var s = fixture.Server.Engine.Search(new SearchRequest(queries[i].Query, 10)).Results.Select(r => r.Slug).ToList();
            server += RankingMetrics.ReciprocalRank(s, queries[i].Relevant);
            browser += RankingMetrics.ReciprocalRank(js[i].Slugs, queries[i].Relevant);
            agree += s.SequenceEqual(js[i].Slugs) ? 1 : 0;
            if (!s.SequenceEqual(js[i].Slugs))
            {
                output.WriteLine($"{queries[i].Query}\n  server {string.Join(", ", s)}\n  static {string.Join(", ", js[i].Slugs)}");
            }
        }

        server /= queries.Count;
        browser /= queries.Count;
        output.WriteLine($"{set}: server MRR {server:F3}, static MRR {browser:F3}, identical top 10 for {agree}/{queries.Count}");
        Assert.True(Math.Abs(server - browser) <= 0.05, $"server {server:F3} vs static {browser:F3}");
    }
}
