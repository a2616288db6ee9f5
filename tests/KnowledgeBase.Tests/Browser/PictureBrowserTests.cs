using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The governance diagram and the timeline in Chromium, at a desktop's and a phone's width: drawn at a real size,
/// every box reachable with Tab in the order it is drawn and a working link, a text alternative beside it, and no
/// serious accessibility finding in light or dark colours.
/// </summary>
public sealed class PictureBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Links = "svg a.gov-node, svg a.tl-item";

    public static TheoryData<string, int> PagesAndWidths => new()
    {
        { "/governance/", 1280 }, { "/governance/", 390 },
        { "/timeline/", 1280 }, { "/timeline/", 390 },
        { "/boards/ggw-reduction-board/", 1280 }, { "/boards/ggw-reduction-board/", 390 },
        { "/programmes/operation-blunt/", 1280 }, { "/programmes/operation-blunt/", 390 },
    };

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Picture_IsDrawnAtARealSize_OneLayoutAtATime_WithoutScrollingThePageSideways(string path, int width)
    {
        var (page, external) = await browser.OpenAsync(path, width, 900);

        var shown = page.Locator(".picture-frame:visible svg");
        Assert.Equal(1, await shown.CountAsync());
        var box = await shown.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 100 && box.Height > 100, $"the picture is {box.Width} by {box.Height}");
        Assert.True(box.Width <= width, $"the picture is wider ({box.Width}) than the window");

        // Drawn at (nearly) the size it was laid out for, so its text stays at reading size: never blown up, barely shrunk.
        var laidOut = double.Parse((await shown.GetAttributeAsync("viewBox"))!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(box.Width / laidOut, 0.9, 1.001);
        Assert.Equal(width >= 768 ? "wide" : "narrow", await page.EvaluateAsync<string>("[...document.querySelectorAll('.picture-frame')].find(f => f.offsetParent !== null).classList[1].replace('picture-', '')"));
        Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"));
        Assert.True(await page.Locator(".picture-text, .timeline-words").First.IsVisibleAsync());
        Assert.Empty(external);
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Picture_HasNoSeriousAccessibilityViolations_InLightOrDarkColours(string path, int width)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, _) = await browser.OpenAsync(path, width, 900);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, $"{scheme}: " + string.Join('\n', serious.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes) {v.Nodes.FirstOrDefault()?.Html}")));
        }
    }

    [Theory]
    [InlineData("/governance/", 1280)]
    [InlineData("/governance/", 390)]
    [InlineData("/timeline/", 1280)]
    [InlineData("/timeline/", 390)]
    public async Task Tab_ReachesEveryBoxOfTheShownPicture_InTheOrderItIsDrawn(string path, int width)
    {
        var (page, _) = await browser.OpenAsync(path, width, 900);
        var drawn = await page.Locator($".picture-frame:visible :is({Links})").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(drawn.Length >= 5);

        var reached = new List<string>();
        for (var i = 0; i < 400 && reached.Count < drawn.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var href = await page.EvaluateAsync<string?>("(() => { const a = document.activeElement; return a && a.closest('.picture-frame') ? a.getAttribute('href') : null; })()");
            if (href is not null)
            {
                reached.Add(href);
            }
        }

        Assert.Equal(drawn, reached);
    }

    [Theory]
    [InlineData("/governance/", 1280)]
    [InlineData("/governance/", 390)]
    [InlineData("/timeline/", 390)]
    public async Task EveryBox_IsALinkToAnEntryPage_AndEnterOnOneOpensIt(string path, int width)
    {
        var (page, _) = await browser.OpenAsync(path, width, 900);
        var links = page.Locator($".picture-frame:visible :is({Links})");
        var targets = await links.EvaluateAllAsync<string[][]>("links => links.map(a => [a.getAttribute('href'), a.querySelector('title').textContent, a.getAttribute('aria-label')])");
        foreach (var target in targets)
        {
            Assert.Contains(target[1], target[2], StringComparison.Ordinal);
            var response = await page.APIRequest.GetAsync(browser.Server.BaseUrl + target[0].TrimStart('/'));
            Assert.Equal(200, response.Status);
        }

        var chosen = targets[targets.Length / 2];
        await links.Nth(targets.Length / 2).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // The address is polled: Playwright's navigation events sometimes missed one that was over before it listened.
        await page.WaitForFunctionAsync("url => location.href === url && document.readyState !== 'loading'", browser.Server.BaseUrl + chosen[0].TrimStart('/'));
        Assert.Equal(chosen[1], (await page.InnerTextAsync("h1")).Trim());
    }

    [Fact]
    public async Task GovernancePage_IsLinkedFromTheBoardsListing_AndTheTimelineFromTheHomePage()
    {
        var (boards, _) = await browser.OpenAsync("/boards/");
        await boards.ClickAsync("main a[href='/governance/']");
        await boards.WaitForURLAsync(browser.Server.BaseUrl + "governance/");
        Assert.Equal("Governance", (await boards.InnerTextAsync("h1")).Trim());

        var (home, _) = await browser.OpenAsync("/");
        await home.ClickAsync("main a[href='/timeline/']");
        await home.WaitForURLAsync(browser.Server.BaseUrl + "timeline/");
        Assert.Equal("Timeline", (await home.InnerTextAsync("h1")).Trim());
    }
}
