using System.Net;
using System.Text.Json;
using KnowledgeBase.Server;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Server;

/// <summary>kb serve's /api/menu: the kb menu --json contract, default menus, and 400s that list allowed values.</summary>
public sealed class MenuApiTests : IAsyncLifetime
{
    private SiteFixture _site = null!;
    private SiteServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _site = SiteFixture.Create();
        _server = await SiteServer.StartAsync(new ServeOptions(_site.Request, 0, false, [], "_site"));
        _http = new HttpClient { BaseAddress = new Uri(_server.Url) };
    }

    [Fact]
    public async Task Menu_ReturnsTheContract_WithReasons()
    {
        using var json = JsonDocument.Parse(await _http.GetStringAsync("/api/menu?need=prevention&crime_type=knives&text=young+people+carrying+knives"));
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
        using var json = JsonDocument.Parse(await _http.GetStringAsync("/api/menu"));
        Assert.True(json.RootElement.GetProperty("options").GetArrayLength() >= 1);
    }

    [Theory]
    [InlineData("/api/menu?need=prevnetion", "prevention")]
    [InlineData("/api/menu?borough=atlantis", "lambeth")]
    [InlineData("/api/menu?colour=blue", "allowed fields")]
    [InlineData("/api/menu?limit=-3", "limit")]
    public async Task BadProfile_Gets400ListingWhatIsAllowed(string url, string mentions)
    {
        var response = await _http.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileText_IsAnsweredWithoutAServerError()
    {
        var response = await _http.GetAsync("/api/menu?need=prevention&text=" + Uri.EscapeDataString("\"<script> AND OR NOT ((( NEAR( title:x \u0000"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        _site.Dispose();
    }
}
