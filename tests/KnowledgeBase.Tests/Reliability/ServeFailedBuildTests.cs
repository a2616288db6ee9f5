using System.Text;
using KnowledgeBase.Building;
using KnowledgeBase.Configuration;
using KnowledgeBase.Server;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>
/// kb serve after a failed build: the previous site is served only if it was built at kb serve's own classification,
/// and a failed rebuild, whatever the cause, reaches every open page (and pages opened after it) with its diagnostics.
/// </summary>
public sealed class ServeFailedBuildTests
{
    internal const string Secret = """
        -- content/options/covert-tasking.md --
        ---
        title: Covert tasking Zebracorn
        summary: Tasking of covert sources.
        needs: [intelligence]
        sources: ["MPS response ¶1"]
        classification: SECRET
        reviewed: 2026-11-01
        ---
        Zebracorn.
        """;

    [Fact]
    public async Task Serve_WhenTheFirstBuildFails_RefusesAPreviousSiteBuiltAboveItsLevel()
    {
        using var site = SiteFixture.Create(Secret);
        Assert.True(site.Build(r => r with { MaxClassification = Classification.Secret }).Succeeded);
        site.Write("content/options/broken.md", "no front matter\n");

        await using var server = await SiteServer.StartAsync(new ServeOptions(site.Request, 0, false, [], "_site"));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        Assert.Contains("built at SECRET, not at OFFICIAL", server.Refusal, StringComparison.Ordinal);
        foreach (var path in new[] { "/", "/options/covert-tasking/", "/search-index.json", "/api/search?q=zebracorn", "/api/menu?need=intelligence" })
        {
            using var response = await http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(503, (int)response.StatusCode);
            Assert.DoesNotContain("Zebracorn", body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("not served", body, StringComparison.Ordinal);
        }

        // Fixed: the build at OFFICIAL replaces the SECRET site, which is then served.
        site.Write("content/options/broken.md", "(delete)");
        Assert.True((await server.RebuildAsync()).Succeeded);
        Assert.Equal(200, (int)(await http.GetAsync("/")).StatusCode);
        Assert.Contains("\"total\":0", await http.GetStringAsync("/api/search?q=zebracorn"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_WhenTheFirstBuildFails_ServesAPreviousSiteBuiltAtItsOwnLevel()
    {
        using var site = SiteFixture.Create(Secret);
        Assert.True(site.Build().Succeeded);
        site.Write("content/options/broken.md", "no front matter\n");

        await using var server = await SiteServer.StartAsync(new ServeOptions(site.Request, 0, false, [], "_site"));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        Assert.Null(server.Refusal);
        Assert.Contains("Operation Blunt", await http.GetStringAsync("/programmes/operation-blunt/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_AFailedRebuild_IsShownInEveryOpenPage_AndInPagesOpenedAfterIt()
    {
        using var site = SiteFixture.Create();
        await using var server = await SiteServer.StartAsync(new ServeOptions(site.Request, 0, false, [], "_site"));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
        using var open = await Events(http);

        site.Write("content/options/x.md", "---\ntitle: [unclosed\n---\n");
        Assert.False((await server.RebuildAsync()).Succeeded);

        Assert.Contains("content/options/x.md(3,1): error KB0102", await NextErrors(open), StringComparison.Ordinal);
        using var later = await Events(http);
        Assert.Contains("error KB0102", await NextErrors(later), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_ARebuildThatThrows_IsLoggedAndShownInOpenPages()
    {
        using var site = SiteFixture.Create();
        var progress = new FailingProgress();
        var log = new StringWriter();
        await using var server = await SiteServer.StartAsync(new ServeOptions(site.Request with { Progress = progress }, 0, false, [], "_site")
        {
            Log = new KnowledgeBase.Cli.Terminal.LineLoggerProvider(log),
        });
        using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
        using var open = await Events(http);

        progress.Fail = true;
        var result = await server.RebuildAsync();

        Assert.Contains(result.Diagnostics, d => d.Code == "KB0402");
        var shown = await NextErrors(open);
        Assert.Contains("error KB0402", shown, StringComparison.Ordinal);
        Assert.Contains("the disk went away", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", shown, StringComparison.Ordinal);
        Assert.Contains("KB0402", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(200, (int)(await http.GetAsync("/programmes/operation-blunt/")).StatusCode);

        // kb serve keeps one builder (and its link-check scans) across rebuilds: a crash in one does not spoil the next.
        progress.Fail = false;
        var next = await server.RebuildAsync();
        Assert.True(next.Succeeded, string.Join('\n', next.Diagnostics));
    }

    private static async Task<StreamReader> Events(HttpClient http)
    {
        var response = await http.GetAsync("/_kb/events", HttpCompletionOption.ResponseHeadersRead);
        var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        return reader;
    }

    /// <summary>The data of the next "errors" event on the stream.</summary>
    private static async Task<string> NextErrors(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line;
        while ((line = await events.ReadLineAsync(timeout.Token)) != "event: errors")
        {
            Assert.NotNull(line);
        }

        var data = new StringBuilder();
        while (!string.IsNullOrEmpty(line = await events.ReadLineAsync(timeout.Token)))
        {
            data.AppendLine(line);
        }

        return data.ToString();
    }

    /// <summary>A build progress sink that fails part-way once told to, as a terminal or log writer might.</summary>
    private sealed class FailingProgress : IBuildProgress
    {
        public volatile bool Fail;

        public void StageStarted(string stage, int total)
        {
            if (Fail && stage == "Writing pages")
            {
                throw new IOException("the disk went away");
            }
        }

        public void Advanced(string stage, int done)
        {
        }

        public void StageFinished(string stage)
        {
        }
    }
}
