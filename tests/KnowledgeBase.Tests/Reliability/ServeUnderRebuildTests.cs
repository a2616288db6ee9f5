using KnowledgeBase.Server;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>kb serve on a real Kestrel, rebuilding in a loop under concurrent load: every page, asset and API answer succeeds.</summary>
public sealed class ServeUnderRebuildTests
{
    private static readonly string[] Paths =
    [
        "/", "/programmes/operation-blunt/", "/options/anti-knife-education/", "/assets/site.css", "/search-index.json",
        "/menu-data.json", "/sitemap.xml", "/api/search?q=knife", "/api/menu?need=prevention",
    ];

    private const int RequestsPerRebuild = 25;

    [Fact]
    public async Task Serve_WhileRebuildingInALoop_AnswersEveryRequestFromOneCompleteSite()
    {
        using var site = SiteFixture.Create();
        await using var server = await SiteServer.StartAsync(new ServeOptions(site.Request, 0, false, [], "_site"));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var answered = 0;
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var path = Paths[i % Paths.Length];
                try
                {
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    Interlocked.Increment(ref answered);
                    if (!response.IsSuccessStatusCode || body.Length == 0)
                    {
                        lock (failures)
                        {
                            failures.Add($"{path}: {(int)response.StatusCode}");
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    lock (failures)
                    {
                        failures.Add($"{path}: {ex.Message}");
                    }
                }
            }
        })).ToList();

        for (var n = 1; n <= 6; n++)
        {
            // Each rebuild starts only once the load has been answered a while longer, so the rebuilds always run
            // under load however fast this machine builds or answers (a count after the fact was timing-dependent).
            var due = DateTime.UtcNow.AddSeconds(60);
            while (Volatile.Read(ref answered) < n * RequestsPerRebuild && failures.Count == 0 && DateTime.UtcNow < due)
            {
                await Task.Delay(5);
            }

            site.Write("content/programmes/operation-blunt.md", SiteFixture.Programme.Replace("Blunt works", $"Blunt (edition {n}) works", StringComparison.Ordinal));
            Assert.True((await server.RebuildAsync()).Succeeded);
        }

        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(failures.Count == 0, $"{failures.Count} of {answered} requests failed:\n" + string.Join('\n', failures.Take(20)));
        Assert.True(answered >= 6 * RequestsPerRebuild, $"only {answered} requests were made");
        Assert.Contains("edition 6", await http.GetStringAsync("/programmes/operation-blunt/"), StringComparison.Ordinal);
    }
}
