using System.Net;
using System.Text.Json;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Server;

/// <summary>kb serve's /api/search: the kb search --json contract, and a 400 (never a 500) for bad requests.</summary>
public sealed class SearchApiTests(ServedFixtureSite served) : IClassFixture<ServedFixtureSite>
{
    private HttpClient Http => served.Http;

    [Fact]
    public async Task Search_ReturnsTheContract()
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync("/api/search?q=knife"));
        var root = json.RootElement;
        Assert.Equal("knife", root.GetProperty("query").GetString());
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        var first = root.GetProperty("results")[0];
        foreach (var field in new[] { "slug", "title", "kind", "url", "score", "snippet" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Search_Filters_NarrowByKind()
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync("/api/search?q=knife&kind=option"));
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("option", r.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("AND OR NOT")]
    [InlineData("title:x NEAR(a b) ^c {d}")]
    [InlineData("\u0001\u0002\u0000nul")]
    [InlineData("(((((((((((((((((((((")]
    [InlineData("*")]
    [InlineData("🔪 knife")]
    public async Task HostileQuery_IsAnsweredWithoutAServerError(string query)
    {
        var response = await Http.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("results", out _));
    }

    [Theory]
    [InlineData("/api/search?q=knife&limit=lots")]
    [InlineData("/api/search?q=knife&limit=0")]
    [InlineData("/api/search?q=knife&limit=100000")]
    public async Task BadParameters_Get400WithAMessage(string url)
    {
        var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task HugeQuery_Gets400()
    {
        var response = await Http.GetAsync("/api/search?q=" + new string('a', 20_000));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestUriTooLong, response.StatusCode.ToString());
    }
}
