using KnowledgeBase.Server;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Server;

/// <summary>kb serve on a real Kestrel: pages, 404s, path confinement, and rebuilds on edit.</summary>
public sealed class SiteServerTests
{
    private static async Task<SiteServer> Start(SiteFixture site, bool liveReload = false) =>
        await SiteServer.StartAsync(new ServeOptions(site.Request, 0, liveReload, [Path.Combine(site.Root, "content")], "_site"));

    [Fact]
    public async Task Serve_AnswersCleanUrls_AndMissingPagesWith404()
    {
        using var site = SiteFixture.Create();
        await using var server = await Start(site);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await http.GetAsync("/programmes/operation-blunt/");
        Assert.Equal(200, (int)page.StatusCode);
        Assert.Contains("Operation Blunt", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var css = await http.GetAsync("/assets/site.css");
        Assert.Equal(200, (int)css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(200, (int)(await http.GetAsync("/search-index.json")).StatusCode);
        var missing = await http.GetAsync("/no/such/page/");
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../site.config.yml")]
    [InlineData("/%2e%2e/site.config.yml")]
    [InlineData("/..%2fsite.config.yml")]
    public async Task Serve_NeverServesFilesOutsideTheSite(string path)
    {
        using var site = SiteFixture.Create();
        await using var server = await Start(site);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var response = await http.GetAsync(path);
        Assert.DoesNotContain("base_url", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WithLiveReload_InjectsTheScript_AndRebuildsOnEdit()
    {
        using var site = SiteFixture.Create();
        await using var server = await Start(site, liveReload: true);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        Assert.Contains("/_kb/live-reload.js", await http.GetStringAsync("/"), StringComparison.Ordinal);

        site.Write("content/programmes/operation-blunt.md", SiteFixture.Programme.Replace("Operation Blunt", "Operation Blunt Renamed", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string html;
        do
        {
            await Task.Delay(200);
            html = await http.GetStringAsync("/programmes/operation-blunt/");
        }
        while (!html.Contains("Operation Blunt Renamed", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Operation Blunt Renamed", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AfterABrokenEdit_KeepsServingThePreviousSite()
    {
        using var site = SiteFixture.Create();
        await using var server = await Start(site);
        site.Write("content/programmes/operation-blunt.md", "no front matter");
        var result = await server.RebuildAsync();
        Assert.False(result.Succeeded);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        Assert.Contains("Operation Blunt", await http.GetStringAsync("/programmes/operation-blunt/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WhileRebuildsSwapTheIndex_AnswersEverySearchFromTheLatestGoodBuild()
    {
        using var site = SiteFixture.Create();
        await using var server = await Start(site);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var stop = new CancellationTokenSource();
        var load = new Load(http, ["/api/search?q=blunt"], stop.Token);
        for (int n = 1; n <= 3; n++)
        {
            site.Write("content/programmes/operation-blunt.md", SiteFixture.Programme.Replace("Operation Blunt", $"Operation Blunt Edition{n}", StringComparison.Ordinal));
            Assert.True((await server.RebuildAsync()).Succeeded);
        }

        await Task.Delay(300);
        stop.Cancel();
        await load.Finished;
        Assert.Empty(load.Failures);
        Assert.True(load.Answered > 10, $"only {load.Answered} requests were made");
        var latest = await http.GetStringAsync("/api/search?q=edition3");
        Assert.Contains("\"operation-blunt\"", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WhileEditsUpdateAndSettleTheSite_AnswersEveryPageAndSearch()
    {
        // The watcher is on, as under kb serve: it rebuilds beside the explicit rebuilds (and may read a file half
        // written, which is a build error, not an exception).
        using var site = SiteFixture.Create();
        var log = new RecordingLog();
        await using var server = await SiteServer.StartAsync(
            new ServeOptions(site.Request, 0, true, [Path.Combine(site.Root, "content")], "_site") { Log = log });
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var stop = new CancellationTokenSource();
        var load = new Load(http, ["/", "/programmes/operation-blunt/", "/search-index.json", "/api/search?q=blunt", "/api/menu?need=prevention"], stop.Token);
        for (int n = 1; n <= 10; n++)
        {
            var text = n % 2 == 0
                ? SiteFixture.Programme.Replace("Operation Blunt", $"Operation Blunt Edition{n}", StringComparison.Ordinal)
                : SiteFixture.Programme + $"\nA paragraph added by edit {n}.\n";
            site.Write("content/programmes/operation-blunt.md", text);
            Assert.True((await server.RebuildAsync()).Succeeded);
        }

        await Task.Delay(200);
        stop.Cancel();
        await load.Finished;
        Assert.True(log.Exceptions.Count == 0, string.Join("\n", log.Exceptions));
        Assert.Empty(load.Failures);
    }

    /// <summary>Four clients asking for the paths in turn until stopped, keeping every answer that was not a success.</summary>
    private sealed class Load
    {
        private readonly List<string> _failures = [];
        private int _answered;

        public Load(HttpClient http, string[] paths, CancellationToken stop)
        {
            Finished = Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (int n = worker; !stop.IsCancellationRequested; n++)
                {
                    var path = paths[n % paths.Length];
                    var response = await http.GetAsync(path);
                    Interlocked.Increment(ref _answered);
                    if (!response.IsSuccessStatusCode)
                    {
                        string body = await response.Content.ReadAsStringAsync();
                        lock (_failures)
                        {
                            _failures.Add($"{path}: {(int)response.StatusCode} {body}");
                        }
                    }
                }
            })));
        }

        public Task Finished { get; }

        public int Answered => _answered;

        public IReadOnlyList<string> Failures => _failures;
    }
}
