using KnowledgeBase.Building;
using KnowledgeBase.Server;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The real manual under kb serve: the search and menu pages ask the server's APIs.</summary>
public sealed class ServedSiteBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    // The output is a link to a build folder beside it: both sit in a folder of their own, removed whole.
    private readonly string _folder = Directory.CreateTempSubdirectory("kb-served-").FullName;
    private SiteServer _server = null!;

    public async Task InitializeAsync()
    {
        var output = Path.Combine(_folder, "site");
        var request = new BuildRequest(Repository.Root, SiteFixture.BuildDate) { Output = output };
        _server = await SiteServer.StartAsync(new ServeOptions(request, 0, true, [], output));
    }

    private async Task<(IPage Page, List<string> Api)> Open(string path)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var api = new List<string>();
        page.Request += (_, r) =>
        {
            if (r.Url.Contains("/api/", StringComparison.Ordinal))
            {
                api.Add(r.Url);
            }
        };
        await page.GotoAsync(_server.Url + path);
        return (page, api);
    }

    [Fact]
    public async Task MenuPage_AsksTheServer()
    {
        var (page, api) = await Open("/menu/?need=enforcement&crime_type=gangs&gang_type=street-gangs&focus=offenders");
        await page.WaitForSelectorAsync(".menu-option");
        Assert.Contains(api, u => u.Contains("/api/menu?", StringComparison.Ordinal));
        Assert.Contains(await page.Locator(".menu-option >> nth=0").GetAttributeAsync("data-slug"), new[] { "select-gang-members-as-ppos", "proactive-dangerous-persons" });
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));
    }

    [Fact]
    public async Task SearchPage_AsksTheServer()
    {
        var (page, api) = await Open("/search/?q=saphire");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Contains(api, u => u.Contains("/api/search?", StringComparison.Ordinal));
        Assert.Equal("Sapphire (rape)", (await page.InnerTextAsync("#search-results li h2")).Trim());

        // The API's results carry the evidence level, drawn as the entry's card draws it.
        var (knife, _) = await Open("/search/?q=knife+arrest");
        await knife.WaitForSelectorAsync("#search-results li");
        Assert.StartsWith("Evidence: ", (await knife.InnerTextAsync("#search-results .evidence-scale >> nth=0")).Trim(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
