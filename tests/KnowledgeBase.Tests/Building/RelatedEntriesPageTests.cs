using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace KnowledgeBase.Tests.Building;

/// <summary>The related-entries group on a built entry page, read from the page's DOM.</summary>
public sealed class RelatedEntriesPageTests
{
    // Two options about metal detectors (one naming the other only in passing), the editors' pick of an unrelated
    // option, and a draft about the same detectors that a build without drafts withholds.
    private const string Site = """
        -- content/options/metal-detector-arches.md --
        ---
        title: Metal detector arches
        summary: Walk-through arches at stations and events.
        needs: [enforcement]
        crime_types: [knives]
        related: [anti-knife-education]
        sources: ["MPS response ¶30"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Walk-through metal detector arches screen crowds at stations; officers search those the arches flag.
        -- content/options/search-wands.md --
        ---
        title: Search wands
        summary: Handheld detectors for searches.
        needs: [enforcement]
        sources: ["MPS response ¶31"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Handheld metal detector wands, used beside the arches when a crowd is screened.
        -- content/options/detector-dogs.md --
        ---
        title: Detector dogs
        summary: Dogs trained to find hidden blades.
        needs: [enforcement]
        draft: true
        sources: ["MPS response ¶32"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Dogs work beside the metal detector arches and wands to screen crowds at stations.
        """;

    [Fact]
    public async Task EntryPage_ListsTheEditorsPicksThenEntriesAlikeInText_NeverWithheldOnes()
    {
        using var site = SiteFixture.Create(Site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = Chromium.Arguments,
        });

        Assert.Equal(["/options/anti-knife-education/", "/options/search-wands/"], await RelatedLinks(browser, site.Output("options/metal-detector-arches/index.html")));
        Assert.Contains("/options/metal-detector-arches/", await RelatedLinks(browser, site.Output("options/search-wands/index.html")));
    }

    /// <summary>The links of the page's related-entries group, in document order.</summary>
    private static async Task<string[]> RelatedLinks(IBrowser browser, string html)
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html);
        return await page.EvalOnSelectorAllAsync<string[]>("section[aria-labelledby=\"conn-related\"] .card-title a", "els => els.map(e => e.getAttribute('href'))");
    }
}
