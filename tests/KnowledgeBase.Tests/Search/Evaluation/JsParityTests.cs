using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>
/// search.js, run by node on the static index exported from the Lucene index, must answer as the server does:
/// the same top 10 in the same order, and the same total, for every query of both evaluation sets.
/// </summary>
public sealed class JsParityTests(ManualStaticIndexFixture fixture, ITestOutputHelper output) : IClassFixture<ManualStaticIndexFixture>
{
    public static TheoryData<string> Sets => new() { "sample", "held-out" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void StaticSearch_OnEvalQueries_RanksAsTheServer(string set)
    {
        var queries = EvalSet.Load(set == "sample" ? Paths.SampleQueries : Paths.HeldOutQueries);
        var js = NodeRunner.Run(fixture.JsonPath, queries.Select(q => new { q = q.Query, limit = 10 }));
        var differ = new List<string>();
        for (int i = 0; i < queries.Count; i++)
        {
            var server = fixture.Server.Engine.Search(new SearchRequest(queries[i].Query, 10));
            var slugs = server.Results.Select(r => r.Slug).ToList();
            if (!slugs.SequenceEqual(js[i].Slugs) || server.Total != js[i].Total)
            {
                differ.Add(queries[i].Query);
                output.WriteLine($"{queries[i].Query}\n  server {server.Total}: {string.Join(", ", server.Results.Select(r => $"{r.Slug} {r.Score}"))}" +
                    $"\n  static {js[i].Total}: {string.Join(", ", js[i].Slugs.Zip(js[i].Scores, (s, x) => $"{s} {x}"))}");
            }
        }

        output.WriteLine($"{set}: {queries.Count - differ.Count}/{queries.Count} queries with the same top 10 and total");
        Assert.True(differ.Count == 0, $"{differ.Count} of {queries.Count} queries differ: {string.Join(" | ", differ)}");
    }
}
