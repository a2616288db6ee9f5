using Microsoft.Playwright;
using Xunit;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The built manual measured in Chromium: what a commander sees first at desktop and phone width, the focus ring and
/// target sizes WCAG 2.2 asks for, dark mode, and the evidence scale drawn the same by the server and the scripts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLayoutBrowserTests(BrowserFixture browser)
{
    private const int PhoneWidth = 390, PhoneHeight = 844;

    [Fact]
    public async Task EveryOptionPage_AtDesktopWidth_ShowsStatusEvidenceLeadAndContactOnTheFirstScreen()
    {
        var (listing, _) = await browser.OpenAsync("/options/");
        var options = (await listing.EvalOnSelectorAllAsync<string[]>(".card-title a", "els => els.map(e => e.getAttribute('href'))")).Distinct().ToList();
        await listing.Context.CloseAsync();
        Assert.True(options.Count >= 30);
        foreach (var url in options)
        {
            var (page, _) = await browser.OpenAsync(url);
            var bottom = await page.EvaluateAsync<double>("Math.max(...[...document.querySelectorAll('.key-facts dt')].map(d => d.nextElementSibling.getBoundingClientRect().bottom))");
            var terms = await page.EvalOnSelectorAllAsync<string[]>(".key-facts dt", "els => els.map(e => e.textContent.trim())");
            await page.Context.CloseAsync();
            Assert.Contains("Evidence", terms);
            Assert.True(bottom < 900, $"{url}: the key facts end at {bottom}px");
        }
    }

    [Fact]
    public async Task CardBadges_InOneRow_KeepTheirOwnHeight()
    {
        var (page, _) = await browser.OpenAsync("/options/");
        // Each item of a card's meta line: its height, and the height of a line of its own text with its padding.
        var heights = await page.EvaluateAsync<double[][]>("""
            [...document.querySelectorAll('.card-meta > *')].map(b => {
              const s = getComputedStyle(b);
              const own = parseFloat(s.lineHeight) + parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) + parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth);
              return [b.getBoundingClientRect().height, own];
            })
            """);
        await page.Context.CloseAsync();
        Assert.True(heights.Length > 50);
        Assert.All(heights, h => Assert.True(h[0] <= Math.Max(h[1], 26) + 1, $"a badge {h[0]}px tall, its text needs {h[1]}px"));
    }

    [Fact]
    public async Task OnAPhone_TheHeaderTakesLittleOfTheScreen_AndTheTextStartsOnTheFirstScreen()
    {
        var (page, _) = await browser.OpenAsync("/options/anti-knife-education/", PhoneWidth, PhoneHeight);
        var header = await page.EvaluateAsync<double>("document.querySelector('.site-header').getBoundingClientRect().bottom");
        var text = await page.EvaluateAsync<double>("document.querySelector('.prose > *').getBoundingClientRect().top");
        var sideways = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
        await page.Context.CloseAsync();
        Assert.True(header <= PhoneHeight * 0.15, $"the header ends at {header}px of {PhoneHeight}");
        Assert.True(text < PhoneHeight, $"the text starts at {text}px, below the first screen of {PhoneHeight}");
        Assert.False(sideways);
    }

    [Fact]
    public async Task OnAPhone_SearchFacetsWaitBehindAToggle_AndTheFirstResultIsOnTheFirstScreen()
    {
        var (page, _) = await browser.OpenAsync("/search/?q=knife", PhoneWidth, PhoneHeight);
        await page.WaitForSelectorAsync("#search-results li");
        var first = await page.EvaluateAsync<double>("document.querySelector('#search-results li').getBoundingClientRect().top");
        Assert.True(first < PhoneHeight, $"the first result starts at {first}px");
        Assert.False(await page.IsVisibleAsync("#search-facets a >> nth=0"));
        await page.ClickAsync("#search-facets-toggle summary");
        Assert.True(await page.IsVisibleAsync("#search-facets a >> nth=0"));
        await page.Context.CloseAsync();

        var (desktop, _) = await browser.OpenAsync("/search/?q=knife");
        await desktop.WaitForSelectorAsync("#search-results li");
        Assert.True(await desktop.IsVisibleAsync("#search-facets a >> nth=0"));
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task SearchFacetLinks_AreAtLeast24PixelsSquare()
    {
        foreach (var width in new[] { 1280, PhoneWidth })
        {
            var (page, _) = await browser.OpenAsync("/search/?q=knife", width, 900);
            await page.WaitForSelectorAsync("#search-results li");
            if (width < 600)
            {
                await page.ClickAsync("#search-facets-toggle summary");
            }

            var boxes = await page.EvaluateAsync<double[][]>("[...document.querySelectorAll('#search-facets a')].map(a => { const r = a.getBoundingClientRect(); return [r.width, r.height]; })");
            await page.Context.CloseAsync();
            Assert.True(boxes.Length >= 4);
            Assert.All(boxes, b => Assert.True(b[0] >= 24 && b[1] >= 24, $"a facet link {b[0]}x{b[1]} at {width}px"));
        }
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task FocusRing_HasThreeToOneContrast_AgainstWhatIsBehindIt(string scheme)
    {
        foreach (var path in new[] { "/", "/options/anti-knife-education/", "/search/?q=knife" })
        {
            var (page, _) = await browser.OpenAsync(path, scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
            await page.EvaluateAsync(Colours);
            var weak = new List<string>();
            for (int stop = 0; stop < 30; stop++)
            {
                await page.Keyboard.PressAsync("Tab");
                var ring = await page.EvaluateAsync<string?>("window.kbFocusRing()");
                if (ring is not null)
                {
                    weak.Add(ring);
                }
            }

            await page.Context.CloseAsync();
            Assert.True(weak.Count == 0, $"{path} ({scheme}):\n" + string.Join('\n', weak));
        }
    }

    [Fact]
    public async Task DarkMode_DarkensEveryTemplate_WithLightText()
    {
        foreach (var path in new[] { "/", "/options/anti-knife-education/", "/search/?q=knife", "/menu/prevention/", "/glossary/" })
        {
            var (page, _) = await browser.OpenAsync(path, scheme: ColorScheme.Dark);
            await page.EvaluateAsync(Colours);
            var paper = await page.EvaluateAsync<double>("window.kbLuminance(getComputedStyle(document.body).backgroundColor)");
            var ink = await page.EvaluateAsync<double>("window.kbLuminance(getComputedStyle(document.querySelector('main p')).color)");
            var cards = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('.card, .facts, .key-facts, .menu-option')].map(c => window.kbLuminance(window.kbBehind(c)))");
            await page.Context.CloseAsync();
            Assert.True(paper < 0.05, $"{path}: the page's background has luminance {paper}");
            Assert.True((ink + 0.05) / (paper + 0.05) >= 4.5, $"{path}: text has luminance {ink} on {paper}");
            Assert.All(cards, c => Assert.True(c < 0.1, $"{path}: a panel has luminance {c}"));
        }
    }

    [Fact]
    public async Task MenuResults_DrawnByMenuJs_AreTheServersCards()
    {
        var (server, _) = await browser.OpenAsync("/menu/prevention/");
        var served = await Cards(server);
        await server.Context.CloseAsync();
        var (client, _) = await browser.OpenAsync("/menu/?need=prevention");
        await client.WaitForSelectorAsync(".menu-option");
        var drawn = await Cards(client);
        await client.Context.CloseAsync();

        var both = drawn.Keys.Where(served.ContainsKey).ToList();
        Assert.True(both.Count >= 3, $"{both.Count} options on both pages");
        Assert.Contains(both, slug => drawn[slug].Contains("evidence-scale", StringComparison.Ordinal));
        foreach (var slug in both)
        {
            Assert.Equal(served[slug], drawn[slug]);
        }
    }

    [Fact]
    public async Task SearchResults_DrawnBySearchJs_CarryTheServersEvidenceScale()
    {
        var (listing, _) = await browser.OpenAsync("/options/");
        var served = await listing.EvaluateAsync<Dictionary<string, string>>("Object.fromEntries([...document.querySelectorAll('.card')].filter(c => c.querySelector('.evidence-scale')).map(c => [c.querySelector('.card-title a').getAttribute('href'), c.querySelector('.evidence-scale').outerHTML]))");
        await listing.Context.CloseAsync();
        var (page, _) = await browser.OpenAsync("/search/?q=knife");
        await page.WaitForSelectorAsync("#search-results li");
        var drawn = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('#search-results .result')].map(r => [r.querySelector('.result-title a').getAttribute('href'), r.querySelector('.evidence-scale') ? r.querySelector('.evidence-scale').outerHTML : ''])");
        await page.Context.CloseAsync();

        var options = drawn.Where(d => served.ContainsKey(d[0])).ToList();
        Assert.True(options.Count >= 5, $"{options.Count} options found");
        Assert.All(options, d => Assert.Equal(served[d[0]], d[1]));
    }

    /// <summary>Each card by its option's slug, its heading level and the whitespace between its tags aside (the menu page nests results a level deeper).</summary>
    private static async Task<Dictionary<string, string>> Cards(IPage page) =>
        await page.EvaluateAsync<Dictionary<string, string>>("""
            Object.fromEntries([...document.querySelectorAll('.menu-option')].map(o => [o.getAttribute('data-slug'), o.outerHTML.replace(/<(\/?)h[34]\b/g, '<$1h').replace(/>\s+</g, '><')]))
            """);

    /// <summary>
    /// Contrast helpers: WCAG's relative luminance of a computed colour, the colour behind an element (its own or its
    /// nearest ancestor's opaque background), and for the focused element whether its outline or the halo around it
    /// (a box-shadow) reaches 3:1 against what is behind it, at least 2px wide.
    /// </summary>
    private const string Colours = """
        () => {
          const rgb = c => (c.match(/rgba?\(([^)]+)\)/) || [null, '0,0,0,0'])[1].split(',').map(Number);
          const lum = c => { const [r, g, b] = rgb(c).slice(0, 3).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const behind = e => { for (let n = e; n; n = n.parentElement) { const c = getComputedStyle(n).backgroundColor; const v = rgb(c); if (v.length < 4 || v[3] > 0.5) { return c; } } return 'rgb(255, 255, 255)'; };
          window.kbLuminance = lum;
          window.kbBehind = behind;
          window.kbFocusRing = () => {
            const e = document.activeElement;
            if (!e || e === document.body) { return null; }
            const s = getComputedStyle(e);
            const around = behind(e.parentElement || e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? ratio(s.outlineColor, around) : 0;
            const halo = s.boxShadow !== 'none' && parseFloat((s.boxShadow.match(/(\d+(\.\d+)?)px\s*$/) || [0, 0])[1]) >= 2 ? ratio(s.boxShadow, around) : 0;
            const best = Math.max(outline, halo);
            return best >= 3 ? null : `${e.tagName} '${(e.textContent || e.name || '').trim().slice(0, 30)}': ${best.toFixed(2)}:1 (outline ${s.outlineColor} ${s.outlineWidth}, shadow ${s.boxShadow}, behind ${around})`;
          };
        }
        """;
}
