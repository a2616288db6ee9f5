using System.Net;
using System.Text.Json;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Server;

/// <summary>kb serve's /api/menu: the kb menu --json contract, default menus, and 400s that list allowed values.</summary>
public sealed class MenuApiTests(ServedFixtureSite served) : IClassFixture<ServedFixtureSite>
{
    private HttpClient Http => served.Http;

    [Fact]
    public async Task Menu_ReturnsTheContract_WithReasons()
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync("/api/menu?need=prevention&crime_type=knives&text=young+people+carrying+knives"));
        var root = json.RootElement;
        Assert.Equal("prevention", root.GetProperty("profile").GetProperty("needs")[0].GetString());
        var first = root.GetProperty("options")[0];
        Assert.Equal("anti-knife-education", first.GetProperty("slug").GetString());
        Assert.True(first.GetProperty("reasons").GetArrayLength() >= 1);
        foreach (var field in new[] { "title", "needs", "score" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task EmptyProfile_GetsTheDefaultMenu()
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync("/api/menu"));
        Assert.True(json.RootElement.GetProperty("options").GetArrayLength() >= 1);
    }

    [Theory]
    [InlineData("/api/menu?need=policing", "prevention")]
    [InlineData("/api/menu?crime-type=crime", "could mean")]
    [InlineData("/api/menu?borough=atlantis", "lambeth")]
    [InlineData("/api/menu?colour=blue", "allowed fields")]
    [InlineData("/api/menu?limit=-3", "limit")]
    public async Task BadProfile_Gets400ListingWhatIsAllowed(string url, string mentions)
    {
        var response = await Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_IsAnsweredWithoutAServerError()
    {
        var response = await Http.GetAsync("/api/menu?need=prevention&text=" + Uri.EscapeDataString("\"<script> AND OR NOT ((( NEAR( title:x \u0000"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
