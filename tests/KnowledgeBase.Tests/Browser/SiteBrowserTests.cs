using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The built manual in a real browser: accessible, keyboard-usable, self-contained, responsive, printable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteBrowserTests(BrowserFixture browser)
{
    /// <summary>Every template: home, each kind of entry, a page, a listing, a vocabulary, a term, the glossary, search and
    /// the menu with results, a static menu answer, a source document and the 404 page.</summary>
    public static TheoryData<string, int, string> EveryTemplate()
    {
        var data = new TheoryData<string, int, string>();
        string[] paths =
        [
            "/", "/programmes/operation-blunt/", "/boards/ggw-reduction-board/", "/options/anti-knife-education/", "/about/",
            "/options/", "/boroughs/", "/boroughs/lambeth/", "/glossary/", "/governance/", "/timeline/", "/search/?q=knife",
            "/menu/?need=prevention&borough=croydon&text=stabbings", "/menu/prevention/", "/sources/mps-response/", "/404.html",
        ];
        foreach (var path in paths)
        {
            foreach (var width in new[] { 1280, 390 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(path, width, scheme);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public async Task Page_HasNoSeriousWcag22AaViolations_AtPhoneAndDesktopWidth_InLightAndDark(string path, int width, string scheme)
    {
        var (page, _) = await browser.OpenAsync(path, width, width < 600 ? 844 : 900, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        if (path.StartsWith("/menu/?", StringComparison.Ordinal))
        {
            await page.WaitForSelectorAsync(".menu-option");
        }
        else if (path.StartsWith("/search/", StringComparison.Ordinal))
        {
            await page.WaitForSelectorAsync("#search-results li");
        }

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        await page.Context.CloseAsync();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes) {v.Nodes.FirstOrDefault()?.Html}")));
    }

    /// <summary>The printed views: what a commander hands round is read by assistive technology too (a PDF reader).</summary>
    [Theory]
    [InlineData("/", null)]
    [InlineData("/boroughs/croydon/", null)]
    [InlineData("/menu/?need=prevention&need=enforcement&crime_type=knives&borough=croydon", ".menu-option")]
    public async Task PrintedView_HasNoSeriousWcag22AaViolations(string path, string? waitFor)
    {
        var (page, _) = await browser.OpenAsync(path);
        if (waitFor is not null)
        {
            await page.WaitForSelectorAsync(waitFor);
        }

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        await page.Context.CloseAsync();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes) {v.Nodes.FirstOrDefault()?.Html}")));
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndMovesFocusToTheContent()
    {
        var (page, _) = await browser.OpenAsync("/programmes/trident/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Pages_LoadNothingFromOutsideTheSite()
    {
        foreach (var path in new[] { "/", "/options/anti-knife-education/", "/glossary/" })
        {
            var (page, external) = await browser.OpenAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Empty(external);
        }
    }

    [Fact]
    public async Task EntryPage_OnAPhone_DoesNotScrollSideways()
    {
        var (page, _) = await browser.OpenAsync("/programmes/operation-blunt/", width: 360, height: 740);
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow);
    }

    [Fact]
    public async Task EntryPage_Printed_HidesNavigationAndKeepsTheMarking()
    {
        var (page, _) = await browser.OpenAsync("/programmes/operation-blunt/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync(".site-nav"));
        Assert.True(await page.IsVisibleAsync(".marking >> nth=0"));
        Assert.True(await page.IsVisibleAsync("h1"));
    }

    [Fact]
    public async Task HeadingLinksInTheTableOfContents_ReachTheirSections()
    {
        var (page, _) = await browser.OpenAsync("/programmes/operation-blunt/");
        await page.ClickAsync(".toc a >> nth=1");
        var id = page.Url[(page.Url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.True(await page.IsVisibleAsync($"#{id}"));
    }

    [Fact]
    public async Task SearchBox_OnAPlainFileServer_AnswersFromTheStaticIndex()
    {
        var (page, _) = await browser.OpenAsync("/");
        await page.FillAsync("#home-search", "tridnet");
        await page.PressAsync("#home-search", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Equal("Trident (SCD8)", (await page.InnerTextAsync("#search-results li h2")).Trim());
        Assert.Contains("trident", await page.InnerTextAsync("#search-status"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SearchPage_FacetLinks_NarrowTheResults()
    {
        var (page, _) = await browser.OpenAsync("/search/?q=knife");
        await page.WaitForSelectorAsync("#search-results li");
        var before = await page.Locator("#search-results li").CountAsync();
        await page.ClickAsync("#search-facets a:has-text('Option')");
        await page.WaitForFunctionAsync("() => location.search.includes('kind=option')");
        await page.WaitForSelectorAsync("#search-results li");
        var kinds = await page.Locator("#search-results .result-meta").AllInnerTextsAsync();
        Assert.All(kinds, k => Assert.Equal("Option", k.Trim()));
        Assert.True(kinds.Count < before);
    }

    [Fact]
    public async Task SearchPage_HostileQuery_ShowsAMessageNotAnError()
    {
        var (page, _) = await browser.OpenAsync("/search/?q=" + Uri.EscapeDataString("\"<script>alert(1)</script> AND OR NOT ((("));
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0 && !document.getElementById('search-status').textContent.startsWith('Searching')");
        Assert.Equal(0, await page.Locator("#search-results script").CountAsync());
        Assert.DoesNotContain("unavailable", await page.InnerTextAsync("#search-status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuPage_OnAPlainFileServer_RecommendsOptionsGroupedByNeed_WithReasons()
    {
        var (page, external) = await browser.OpenAsync("/menu/");
        await page.CheckAsync("input[name=need][value=prevention]");
        await page.SelectOptionAsync("#menu-crime_type", "knives");
        await page.FillAsync("#menu-text", "a youth club wants a talk on the consequences of carrying weapons");
        await page.ClickAsync("#menu-form button[type=submit]");
        await page.WaitForFunctionAsync("() => location.search.includes('need=prevention')");
        await page.WaitForSelectorAsync(".menu-group[data-need=prevention] .menu-option");
        var groups = await page.Locator(".menu-group").CountAsync();
        Assert.Equal(1, groups);
        var first = await page.Locator(".menu-group .menu-option >> nth=0").GetAttributeAsync("data-slug");
        Assert.Contains(first, new[] { "school-presentations", "anti-knife-education" });
        Assert.StartsWith("Serves prevention", await page.InnerTextAsync(".menu-option >> nth=0 >> .menu-why"), StringComparison.Ordinal);
        Assert.Matches("^Evidence: (Evaluated|Reported success|In development|Untested)$", (await page.InnerTextAsync(".menu-option >> nth=0 >> .evidence-scale")).Trim());
        Assert.Equal(4, await page.Locator(".menu-option >> nth=0 >> .evidence-scale svg rect").CountAsync());
        Assert.DoesNotContain("Score", await page.InnerTextAsync("[data-menu-output]"), StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("#menu-print"));
        Assert.Empty(external);
    }

    [Fact]
    public async Task MenuForm_SubmittedByKeyboard_MovesFocusToTheResults_AndKeepsTheProfileInTheUrl()
    {
        var (page, _) = await browser.OpenAsync("/menu/");
        await page.FocusAsync("#menu-text");
        await page.Keyboard.TypeAsync("stabbings in Croydon");
        await page.FocusAsync("#menu-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'menu-answer'");
        Assert.Contains("text=stabbings", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#menu-answer .menu-option").CountAsync() >= 1);
    }

    [Fact]
    public async Task MenuPage_WithSeveralNeeds_ShowsEachNeedSideBySide()
    {
        var (page, _) = await browser.OpenAsync("/menu/?need=intelligence&need=enforcement&crime_type=guns");
        await page.WaitForSelectorAsync(".menu-group[data-need=enforcement] .menu-option");
        Assert.Equal(2, await page.Locator(".menu-group").CountAsync());
        Assert.True(await page.Locator(".menu-group[data-need=intelligence] .menu-option").CountAsync() >= 1);
    }

    [Fact]
    public async Task MenuPage_UnknownValueInTheAddress_ExplainsWhatIsAllowed()
    {
        var (page, _) = await browser.OpenAsync("/menu/?need=policing");
        await page.WaitForSelectorAsync(".menu-message");
        Assert.Contains("prevention", await page.InnerTextAsync(".menu-message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuPage_NearSpellingInTheAddress_IsReadAndSaysHow()
    {
        var (page, _) = await browser.OpenAsync("/menu/?need=prevnetion&audience=communities");
        await page.WaitForSelectorAsync(".menu-option");
        var readings = await page.InnerTextAsync(".menu-readings");
        Assert.Contains("'prevnetion' read as Prevention", readings, StringComparison.Ordinal);
        Assert.Contains("'communities' read as Local communities", readings, StringComparison.Ordinal);

        // The form shows what the values were read as, not a blank list.
        Assert.Equal("local-communities", await page.InputValueAsync("select[name=audience]"));
        Assert.True(await page.IsCheckedAsync("input[name=need][value=prevention]"));
    }

    [Fact]
    public async Task MenuPage_Printed_ShowsTheAnswerNotTheForm()
    {
        var (page, _) = await browser.OpenAsync("/menu/?need=prevention&crime_type=knives");
        await page.WaitForSelectorAsync(".menu-option");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.IsVisibleAsync("#menu-form"));
        Assert.True(await page.IsVisibleAsync(".menu-option >> nth=0"));
    }

    [Theory]
    [InlineData("/menu/prevention/")]
    [InlineData("/menu/crime-types/knives/")]
    public async Task StaticMenuPages_ListOptionsWithReasons_WithoutScript(string path)
    {
        var (page, _) = await browser.OpenAsync(path);
        Assert.True(await page.Locator(".menu-option").CountAsync() >= 3);
        Assert.NotEmpty(await page.InnerTextAsync(".menu-option >> nth=0 >> .menu-why"));
        Assert.Contains("Evidence: ", await page.InnerTextAsync(".menu-option >> nth=0 >> .menu-facts"), StringComparison.Ordinal);
        var result = await page.RunAxe();
        Assert.DoesNotContain(result.Violations, v => v.Impact is "serious" or "critical");
    }
}
