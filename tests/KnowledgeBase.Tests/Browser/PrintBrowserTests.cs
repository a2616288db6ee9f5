using Microsoft.Playwright;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// Long pages printed to PDF by Chromium and read back: the protective marking stands at the top and the bottom of
/// every printed page, clear of the text, as a marked document must.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/programmes/operation-blunt/", null)]
    [InlineData("/options/anti-knife-education/", null)]
    [InlineData("/sources/mps-response/", null)]
    [InlineData("/menu/?need=prevention&need=enforcement&crime_type=knives", ".menu-option")]
    public async Task PrintedPage_HasTheMarkingAtTheTopAndBottomOfEveryPage(string path, string? waitFor)
    {
        var (page, _) = await browser.OpenAsync(path);
        if (waitFor is not null)
        {
            await page.WaitForSelectorAsync(waitFor);
        }

        var marking = (await page.InnerTextAsync(".marking >> nth=0")).Trim();
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        await page.Context.CloseAsync();

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, $"{path} printed on {document.NumberOfPages} page");
        foreach (var printed in document.GetPages())
        {
            var words = printed.GetWords().ToList();
            // The marking stands centred across the page (an entry's own "OFFICIAL" beside its kind does not count).
            var marks = words.Where(w => w.Text == marking && Math.Abs(w.BoundingBox.Centroid.X - (printed.Width / 2)) < printed.Width * 0.05).ToList();
            double height = printed.Height;
            // PDF measures up from the bottom of the page: the top band is the page's first 12%, the bottom band its last.
            var top = marks.Where(w => w.BoundingBox.Bottom > height * 0.88).ToList();
            var bottom = marks.Where(w => w.BoundingBox.Top < height * 0.12).ToList();
            Assert.True(top.Count > 0 && bottom.Count > 0,
                $"{path}, page {printed.Number} of {document.NumberOfPages}: '{marking}' at the top {top.Count} times, at the bottom {bottom.Count} times");
            foreach (var mark in top.Concat(bottom))
            {
                var overlapping = words.Where(w => !ReferenceEquals(w, mark) && Overlap(w, mark)).Select(w => w.Text).ToList();
                Assert.True(overlapping.Count == 0, $"{path}, page {printed.Number}: the marking overprints '{string.Join(' ', overlapping)}'");
            }
        }
    }

    [Fact]
    public async Task PrintedBriefing_HasTheDateTheProfileAndEachOptionWithItsContactAndPageAddress()
    {
        var (page, _) = await browser.OpenAsync("/menu/?need=prevention&need=enforcement&crime_type=knives");
        await page.WaitForSelectorAsync(".menu-option");
        var options = await page.EvalOnSelectorAllAsync<string[][]>("#menu-answer .menu-option",
            "els => els.map(e => [e.querySelector('.menu-option-title a').textContent, e.querySelector('.menu-option-title a').getAttribute('href'), (e.querySelector('.menu-who') || {}).textContent || ''])");
        string origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        await page.Context.CloseAsync();

        using var document = PdfDocument.Open(pdf);
        // PdfPig splits the text into words; compared without spaces, a line broken across words still matches.
        var text = string.Concat(document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        static string Squeezed(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
        // "Printed 2 December 2026 from http://...": the reader's date and the page's address.
        Assert.Matches(@"Printed[0-9]{1,2}(January|February|March|April|May|June|July|August|September|October|November|December)20[0-9]{2}fromhttp://127\.0\.0\.1:[0-9]+/menu/\?need=prevention", text);
        Assert.Contains(Squeezed("Options for: Prevention · Enforcement · Knife-enabled crime"), text, StringComparison.Ordinal);
        Assert.NotEmpty(options);
        Assert.Contains(options, o => o[2].Contains("contact:", StringComparison.Ordinal));
        foreach (var option in options)
        {
            Assert.Contains(Squeezed(option[0]), text, StringComparison.Ordinal);
            // The whole address, the origin the briefing was read at before the root-relative link.
            Assert.Contains(Squeezed(new Uri(new Uri(origin), option[1]).AbsoluteUri), text, StringComparison.Ordinal);
            var contact = option[2].Split("contact:", 2) is [_, var role] ? role.Split('.')[0].Trim() : null;
            if (contact is not null)
            {
                Assert.Contains(Squeezed(contact), text, StringComparison.Ordinal);
            }
        }
    }

    private static bool Overlap(Word a, Word b) =>
        a.BoundingBox.Left < b.BoundingBox.Right && b.BoundingBox.Left < a.BoundingBox.Right &&
        a.BoundingBox.Bottom < b.BoundingBox.Top && b.BoundingBox.Bottom < a.BoundingBox.Top;
}
