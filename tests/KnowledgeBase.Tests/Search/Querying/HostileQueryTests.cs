using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>Whatever is typed, the engine answers: plain words, or a clear message. Never an exception.</summary>
public sealed class HostileQueryTests(ManualStaticIndexFixture fixture) : IClassFixture<ManualStaticIndexFixture>
{
    public static TheoryData<string> Hostile => new(HostileQueries);

    private static readonly string[] HostileQueries =
    [
        "\"knife crime", "knife\" crime\"", "\"", "\"\"", "AND", "OR", "NOT", "AND OR NOT", "knife AND", "OR knife", "NOT knife",
        "knife NOT", "-", "-knife", "--knife", "+", "*", "knife**", "a*", "NEAR(knife gun)", "NEAR(knife gun, 2)", "knife ^gun", "^",
        "title:knife", "body:x", "{title keywords}:knife", "{}", "}{", "knife:", ":knife", "((((knife", "knife))))", ")(", "()",
        new string('(', 500) + "knife", "kind:", "kind:\"", "borough:\"tower hamlets", "crime:", "\u0000", "knife\u0000gun", "\u0001\u0002\u0003",
        "knife\tgun\r\nfirearm", "😀", "knife 😀 gun", "\uD800", "\uDFFF knife", "who is the", "the a of", "?!?!", "...", "'", "''",
        "%", "_", "knife_gun", "SELECT * FROM docs; --", "'; DROP TABLE fts; --", "\" OR 1=1 --", "<script>alert(1)</script>",
        "title:x^9~", "knife~2", "knife^", "kn?fe", "k*fe", "[a TO z]", "{a TO z}", "a:b:c", "\\", "/knif.*/", "*:*", "knife && || !gun",
        "+knife -", "knife~0.8", "\"knife gun\"~3", "field:(a b)", "ｋｎｉｆｅ", "ǅ", "İstanbul", "ΣΊΣΥΦΟΣ", "кнайф", "刀", "\u202Eknife", "knife\u200Bgun", new string('a', 5000), string.Empty, "   ",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileQuery_IsAnsweredWithoutThrowing(string query)
    {
        var response = fixture.Server.Engine.Search(new SearchRequest(query));
        Assert.NotNull(response);
        Assert.True(response.Results.Count > 0 || response.Message is not null || response.Total == 0);
    }

    [Fact]
    public void HugeQuery_IsCutAndAnsweredQuickly()
    {
        string query = string.Concat(Enumerable.Repeat("knife \"gun (OR ", 100_000 / 15));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = fixture.Server.Engine.Search(new SearchRequest(query));
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
        Assert.Contains("first", response.Message);
    }

    [Fact]
    public void OnlyStopWords_AreStillSearched() =>
        Assert.NotEqual(0, fixture.Server.Engine.Search(new SearchRequest("who is the")).Total);

    [Fact]
    public void OnlyPunctuation_GetsAMessage()
    {
        var response = fixture.Server.Engine.Search(new SearchRequest("?!?! ..."));
        Assert.Empty(response.Results);
        Assert.Equal("Type a word to search for.", response.Message);
    }

    [Fact]
    public void OnlyExclusions_GetsAMessage()
    {
        var response = fixture.Server.Engine.Search(new SearchRequest("-knife"));
        Assert.Empty(response.Results);
        Assert.Contains("cannot only exclude", response.Message);
    }

    [Fact]
    public void RawLuceneSyntax_IsReadAsWords() =>
        Assert.Contains("trident", fixture.Server.Engine.Search(new SearchRequest("title:trident")).Results.Select(r => r.Slug));

    [Fact]
    public void StaticSearch_AnswersEveryHostileQuery_WithoutThrowing()
    {
        var queries = HostileQueries.Append(new string('x', 100_000)).Select(q => new { q, limit = 10 }).ToList();
        var results = NodeRunner.Run(fixture.JsonPath, queries);
        Assert.Equal(queries.Count, results.Count);
        Assert.All(results, r => Assert.True(r.Slugs.Count > 0 || r.Message is not null || r.Total == 0));
        Assert.Contains("first", results[^1].Message, StringComparison.Ordinal);
    }
}
