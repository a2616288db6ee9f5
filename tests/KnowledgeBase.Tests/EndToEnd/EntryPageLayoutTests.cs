using AngleSharp.Dom;
using KnowledgeBase.Tests.Building;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.EndToEnd;

/// <summary>
/// The real manual's entry pages read with AngleSharp: the facts a commander decides on sit under the title, each
/// connected entry is shown once, each section heading once, and the evidence scale is drawn one way everywhere.
/// </summary>
public sealed class EntryPageLayoutTests(RealManual manual) : IClassFixture<RealManual>
{
    private static readonly string[] Kinds = ["programmes", "boards", "options"];

    [Fact]
    public void EveryEntryPage_LinksEachEntryAsACardOnlyOnce()
    {
        var repeated = new List<string>();
        foreach (var (url, page) in EntryPages())
        {
            var cards = page.QuerySelectorAll("main .card .card-title a").Select(a => a.GetAttribute("href")!).ToList();
            repeated.AddRange(cards.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{url}: {g.Key} x{g.Count()}"));
        }

        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    [Fact]
    public void EveryEntryPage_HasEachSectionHeadingOnlyOnce()
    {
        var repeated = new List<string>();
        foreach (var (url, page) in EntryPages())
        {
            var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
            repeated.AddRange(headings.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{url}: '{g.Key}' x{g.Count()}"));
        }

        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    [Fact]
    public void EveryOptionPage_ShowsStatusEvidenceLeadAndContact_DirectlyUnderTheTitle()
    {
        var options = EntryPages().Where(p => p.Url.StartsWith("/options/", StringComparison.Ordinal)).ToList();
        Assert.True(options.Count >= 30);
        foreach (var (url, page) in options)
        {
            var header = page.QuerySelector("main .entry-header");
            Assert.NotNull(header);
            var keyFacts = header.QuerySelector(".key-facts");
            Assert.True(keyFacts is not null, $"{url}: no key facts in the entry's header");
            Assert.Equal("lead", keyFacts.PreviousElementSibling?.ClassName);
            var terms = keyFacts.QuerySelectorAll("dt").Select(d => d.TextContent.Trim()).ToList();
            Assert.Contains("Evidence", terms);
            Assert.NotNull(keyFacts.QuerySelector(".evidence-scale"));

            // What the header shows is not repeated in the panel beside the text.
            var panel = page.QuerySelectorAll("main .facts dt").Select(d => d.TextContent.Trim()).ToList();
            Assert.DoesNotContain("Status", panel);
            Assert.DoesNotContain("Lead", panel);
            Assert.DoesNotContain("Lead contact", panel);
            Assert.Null(page.QuerySelector("main .facts .evidence-scale"));
        }

        var knife = Page("/options/anti-knife-education/");
        var facts = Facts(knife.QuerySelector(".entry-header .key-facts")!);
        Assert.Equal("Active", facts["Status"]);
        Assert.StartsWith("Evidence: Untested", facts["Evidence"], StringComparison.Ordinal);
        Assert.Equal("Operation Blunt", facts["Lead"]);
    }

    [Fact]
    public void BoardPage_ListsItsMembersOnce()
    {
        var page = Page("/boards/ggw-reduction-board/");
        var text = page.QuerySelector("main")!.TextContent;
        foreach (var member in new[] { "Bromley Youth Service", "Safer London Foundation", "GGW Practitioners Forum", "Department of Health" })
        {
            Assert.True(Occurrences(text, member) == 1, $"'{member}' is on the board's page {Occurrences(text, member)} times");
        }

        // The panel still says where the members are.
        var members = page.QuerySelectorAll("main .facts .fact").Single(f => f.QuerySelector("dt")!.TextContent.Trim() == "Members");
        Assert.Equal("#chair-and-membership", members.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void EveryCardWithEvidence_DrawsTheScale_WithTheLevelInWordsAndAMark()
    {
        var pages = EntryPages().Select(p => p.Page).Append(Page("/options/")).Append(Page("/")).ToList();
        var scales = pages.SelectMany(p => p.QuerySelectorAll("main .card .evidence-scale")).ToList();
        Assert.True(scales.Count > 50, $"{scales.Count} scales on cards");
        Assert.Empty(pages.SelectMany(p => p.QuerySelectorAll(".badge.evidence")));
        foreach (var scale in scales)
        {
            AssertScale(scale);
        }
    }

    [Fact]
    public void StaticMenuPages_DrawTheSameScale()
    {
        var scales = Page("/menu/prevention/").QuerySelectorAll("main .menu-option .evidence-scale").ToList();
        Assert.True(scales.Count >= 3);
        scales.ForEach(AssertScale);
    }

    /// <summary>The level in words, four steps of which the level's are filled, and a class naming the level.</summary>
    private static void AssertScale(IElement scale)
    {
        var levels = new Dictionary<string, (string Words, int Steps)>(StringComparer.Ordinal)
        {
            ["evaluated"] = ("Evaluated", 4),
            ["reported-success"] = ("Reported success", 3),
            ["in-development"] = ("In development", 2),
            ["untested"] = ("Untested", 1),
        };
        var level = scale.ClassList.Single(c => c.StartsWith("evidence-", StringComparison.Ordinal) && c != "evidence-scale")["evidence-".Length..];
        var (words, steps) = levels[level];
        Assert.Equal("Evidence: " + words, scale.TextContent.Trim());
        var mark = scale.QuerySelector("svg.evidence-mark");
        Assert.NotNull(mark);
        Assert.Equal("true", mark.GetAttribute("aria-hidden"));
        var bars = mark.QuerySelectorAll("rect").ToList();
        Assert.Equal(4, bars.Count);
        Assert.Equal(steps, bars.Count(b => b.GetAttribute("fill") == "currentColor"));
        Assert.All(bars.Skip(steps), b => Assert.Equal("none", b.GetAttribute("fill")));
    }

    private static Dictionary<string, string> Facts(IElement list) =>
        list.QuerySelectorAll("dt").ToDictionary(d => d.TextContent.Trim(), d => d.NextElementSibling!.TextContent.Trim(), StringComparer.Ordinal);

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private IEnumerable<(string Url, IDocument Page)> EntryPages() =>
        Kinds.SelectMany(kind => Directory.EnumerateDirectories(Path.Combine(manual.Output, kind)).Order(StringComparer.Ordinal)
            .Select(folder => $"/{kind}/{Path.GetFileName(folder)}/"))
            .Select(url => (url, Page(url)));

    private IDocument Page(string url) => Html.Parse(File.ReadAllText(Path.Combine(manual.Output, url.Trim('/'), "index.html")));
}
