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
    public static TheoryData<string> Sets => new() { "sample", "held-out", "held-out-2", "held-out-3" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void StaticSearch_OnEvalQueries_RanksAsTheServer(string set)
    {
        var queries = EvalSet.Load(set switch
        {
            "sample" => Paths.SampleQueries,
            "held-out" => Paths.HeldOutQueries,
            "held-out-2" => Paths.SecondHeldOutQueries,
            _ => Paths.ThirdHeldOutQueries,
        });
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

    /// <summary>The query language beyond plain words: operators, phrases, prefixes, filters, typos, acronyms, fallbacks.</summary>
    private static readonly string[] LanguageQueries =
    [
        "knife OR blade", "knife -school", "knife NOT school", "gun AND crime", "(knife OR gun) borough:lambeth", "\"knife crime\"",
        "\"anti-social behaviour\"", "prev*", "trid*", "traf* -drugs", "kind:board", "borough:tower-hamlets", "borough:\"tower hamlets\" gangs",
        "crime:knives", "need:prevention youth", "status:ended", "borough:nowhere knife", "gnag violence", "tridnet", "recieve",
        "PPO", "ppo scheme", "MAPPA panels", "IT systems", "CO", "Lambeth's gangs", "who is the", "the", "-knife", "knife gun firearm shooting school",
        "prolific and other priority offenders", "the met police", "young people at risk", "knife (", "\"\"", "kind:option need:enforcement",
        "talk", "wards picked for violence", "stopping shootings", "prison", "stolen mobiles", "scared residents", "stonne", "seriously violent", "SCD 8", "co 14 clubs", "SCD 8?", "CO19", "what's trident?", "who's on the trident iag", "stolen phones in Peckham", "list of trident boroughs",
        "who does the ggw board report to", "who is the VCD accountable to", "who oversees anti-knife education", "how do I refer someone to MATS",
        "ggw board report to", "a report to parliament on knives", "knife crime in schools", "gun crime hackney",
        "gangs borough:\"LB Southwark\"", "guns borough:hackny", "borough:\"Lambeth and Southwark\" knife", "kind:progamme knife", "borough:\"Hammersmith & Fulham\" gangs",
    ];

    [Fact]
    public void StaticSearch_OnTheQueryLanguage_AnswersAsTheServer()
    {
        var js = NodeRunner.Run(fixture.JsonPath, LanguageQueries.Select(q => new { q, limit = 10 }));
        var differ = new List<string>();
        for (int i = 0; i < LanguageQueries.Length; i++)
        {
            var server = fixture.Server.Engine.Search(new SearchRequest(LanguageQueries[i], 10));
            var slugs = server.Results.Select(r => r.Slug).ToList();
            if (!slugs.SequenceEqual(js[i].Slugs) || server.Total != js[i].Total || server.Message != js[i].Message)
            {
                differ.Add(LanguageQueries[i]);
                output.WriteLine($"{LanguageQueries[i]}\n  server {server.Total} [{server.Message}]: {string.Join(", ", slugs)}" +
                    $"\n  static {js[i].Total} [{js[i].Message}]: {string.Join(", ", js[i].Slugs)}");
            }
        }

        Assert.True(differ.Count == 0, $"{differ.Count} of {LanguageQueries.Length} queries differ: {string.Join(" | ", differ)}");
    }

    [Fact]
    public void StaticSearch_WithRequestFilters_CountsFacetsAsTheServer()
    {
        var filters = new Dictionary<string, IReadOnlyList<string>> { ["kind"] = ["option"], ["borough"] = ["lambeth"] };
        var server = fixture.Server.Engine.Search(new SearchRequest("knife", 50, filters));
        var js = NodeRunner.Run(fixture.JsonPath, [new { q = "knife", limit = 50, filters }])[0];
        Assert.Equal(server.Results.Select(r => r.Slug), js.Slugs);
        foreach (var (facet, counts) in server.Facets)
        {
            var browser = js.Facets.GetProperty(facet).EnumerateArray()
                .Select(c => (c.GetProperty("value").GetString() ?? string.Empty, c.GetProperty("name").GetString() ?? string.Empty, c.GetProperty("count").GetInt32()));
            Assert.Equal(counts.Select(c => (c.Value, c.Name, c.Count)), browser);
        }
    }
}
