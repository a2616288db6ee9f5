using AngleSharp.Dom;
using KnowledgeBase.Site.Boroughs;
using KnowledgeBase.Tests.Site;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Building;

/// <summary>The borough map as built pages draw it, read with AngleSharp: links, labels and text alternatives.</summary>
public sealed class BoroughMapPageTests
{
    [Fact]
    public void Map_OnASiteWhoseVocabularyLacksMostBoroughs_DrawsThemUnlinked_AndTheLinkCheckPasses()
    {
        using var site = SiteFixture.Create(BoroughSites.Files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        using var page = Html.Parse(site.Output("boroughs/index.html"));
        var tiles = Tiles(page);
        Assert.Equal(33, tiles.Count);
        var city = Assert.Single(tiles, t => Label(t) == "City");
        Assert.Equal("g", city.LocalName);
        Assert.Equal("img", city.GetAttribute("role"));
        Assert.Null(city.GetAttribute("href"));
        Assert.Equal("City of London: no entries", Title(city));
        Assert.Contains("bmap-l0", city.ClassList);
        Assert.Equal(4, tiles.Count(t => t.LocalName == "a"));
        Assert.Equal("/boroughs/richmond/", Assert.Single(tiles, t => Label(t) == "Rch").GetAttribute("href"));
    }

    [Fact]
    public void Table_ListsABoroughTheGridHasNoSquareFor()
    {
        using var site = SiteFixture.Create(BoroughSites.Files);
        Assert.True(site.Build().Succeeded);

        using var page = Html.Parse(site.Output("boroughs/index.html"));
        var row = Assert.Single(page.QuerySelectorAll(".borough-table tbody tr"), r => r.QuerySelector("th")!.TextContent.StartsWith("Heathrow Airport", StringComparison.Ordinal));
        Assert.Contains("not on the map", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("/boroughs/heathrow-airport/", row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("1", row.QuerySelectorAll("td")[0].TextContent);
    }

    [Fact]
    public void LondonWideList_GroupsTheWorkByReach()
    {
        using var site = SiteFixture.Create(BoroughSites.Files);
        Assert.True(site.Build().Succeeded);

        using var page = Html.Parse(site.Output("boroughs/index.html"));
        var section = page.GetElementById("london-wide")!;
        Assert.Equal(["London-wide (1)", "National (1)", "No borough named (1)"], section.QuerySelectorAll("h3").Select(h => Normal(h.TextContent)));
        Assert.Equal(["/boards/london-board/", "/programmes/national-unit/", "/options/anti-knife-education/"], section.QuerySelectorAll(".london-wide-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void OtherVocabularies_KeepTheirTermList_AndHaveNoMap()
    {
        using var site = SiteFixture.Create(BoroughSites.Files);
        Assert.True(site.Build().Succeeded);

        foreach (var path in new[] { "needs/index.html", "crime-types/knives/index.html", "options/index.html", "programmes/operation-blunt/index.html" })
        {
            using var page = Html.Parse(site.Output(path));
            Assert.Null(page.QuerySelector(".bmap"));
        }

        using var needs = Html.Parse(site.Output("needs/index.html"));
        Assert.Equal(3, needs.QuerySelectorAll(".term-list li").Length);
    }

    [Fact]
    public void ASiteWithNoLondonBorough_ShowsNoMapAnywhere()
    {
        using var site = SiteFixture.Create($"""
            -- content/taxonomies.yml --
            {SiteFixture.Taxonomies.Replace("- {slug: lambeth, name: Lambeth, aliases: [brixton]}\n    - {slug: southwark, name: Southwark}", "- {slug: springfield, name: Springfield}", StringComparison.Ordinal)}
            -- content/programmes/operation-blunt.md --
            {SiteFixture.Programme.Replace("boroughs: [lambeth, southwark]", "boroughs: [springfield]", StringComparison.Ordinal)}
            """);
        Assert.True(site.Build().Succeeded);

        foreach (var path in new[] { "index.html", "boroughs/index.html", "boroughs/springfield/index.html" })
        {
            using var page = Html.Parse(site.Output(path));
            Assert.Null(page.QuerySelector(".bmap"));
        }
    }

    internal static List<IElement> Tiles(IDocument page) => [.. page.QuerySelectorAll(".bmap svg .bmap-tile")];

    internal static string Label(IElement tile) => tile.QuerySelector(".bmap-label")?.TextContent ?? "";

    internal static string Title(IElement element) => element.Children.FirstOrDefault(c => c.LocalName == "title")?.TextContent ?? "";

    internal static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The borough map of the real manual: every tile with entries a working link, and the text that says the same.</summary>
public sealed class RealManualBoroughMapTests(RealManual manual) : IClassFixture<RealManual>
{
    private static readonly string[] MapPages = ["index.html", "boroughs/index.html", "boroughs/lambeth/index.html"];

    [Theory]
    [InlineData("index.html")]
    [InlineData("boroughs/index.html")]
    [InlineData("boroughs/lambeth/index.html")]
    public void EveryTileWithEntries_LinksToAnExistingBoroughPage_AndEveryTileHasItsLabelAndTitle(string path)
    {
        using var page = Html.Parse(Read(path));
        var tiles = BoroughMapPageTests.Tiles(page);

        Assert.Equal(LondonSquared.Places.Select(p => p.Label), tiles.Select(BoroughMapPageTests.Label));
        foreach (var (tile, place) in tiles.Zip(LondonSquared.Places))
        {
            var count = int.Parse(tile.QuerySelector(".bmap-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
            var title = BoroughMapPageTests.Title(tile);
            Assert.StartsWith(place.Name + ": ", title, StringComparison.Ordinal);
            Assert.EndsWith(count == 0 ? "no entries" : count == 1 ? "1 entry" : $"{count} entries", title, StringComparison.Ordinal);
            if (count > 0)
            {
                Assert.Equal("a", tile.LocalName);
                Assert.Equal($"/boroughs/{place.Slug}/", tile.GetAttribute("href"));
                Assert.True(File.Exists(Path.Combine(manual.Output, "boroughs", place.Slug, "index.html")), place.Slug);
            }
        }
    }

    [Fact]
    public void TileCounts_AreThePublishedEntriesOnEachBoroughsPage()
    {
        using var map = Html.Parse(Read("boroughs/index.html"));
        foreach (var tile in BoroughMapPageTests.Tiles(map).Where(t => t.LocalName == "a"))
        {
            using var boroughPage = Html.Parse(Read(tile.GetAttribute("href")!.Trim('/') + "/index.html"));
            // An option serving two needs is listed under both: count entries, not cards.
            var entries = boroughPage.QuerySelectorAll("main .cards .card .card-title a").Select(a => a.GetAttribute("href")).Distinct().Count();
            Assert.Equal(entries.ToString(System.Globalization.CultureInfo.InvariantCulture), tile.QuerySelector(".bmap-count")!.TextContent);
        }
    }

    [Fact]
    public void Table_SaysWhatTheMapShows_ARowPerTileWithTheSameCounts()
    {
        using var page = Html.Parse(Read("boroughs/index.html"));
        var counts = BoroughMapPageTests.Tiles(page).ToDictionary(
            t => BoroughMapPageTests.Title(t).Split(':')[0],
            t => t.QuerySelector(".bmap-count")!.TextContent,
            StringComparer.Ordinal);
        var rows = page.QuerySelectorAll(".borough-table tbody tr");

        Assert.Equal(33, rows.Length);
        foreach (var row in rows)
        {
            var name = row.QuerySelector("th a")!.TextContent;
            Assert.Equal(counts[name], row.QuerySelectorAll("td")[0].TextContent);
        }

        Assert.Equal("col", page.QuerySelector(".borough-table thead th")!.GetAttribute("scope"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("boroughs/index.html")]
    [InlineData("boroughs/lambeth/index.html")]
    public void Map_HasATextAlternative_ASummaryTheSvgPointsTo_AndAKeyInWords(string path)
    {
        using var page = Html.Parse(Read(path));
        var svg = page.QuerySelector(".bmap svg")!;
        var summary = page.GetElementById(svg.GetAttribute("aria-describedby")!)!;

        Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
        Assert.Contains("of the 33 boroughs have entries", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("London-wide", summary.TextContent, StringComparison.Ordinal);
        var key = page.QuerySelectorAll(".bmap-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal("No entries", key[0]);
        Assert.All(key.Skip(1).SkipLast(path.Contains("lambeth", StringComparison.Ordinal) ? 2 : 1), k => Assert.Matches(@"^\d+(–\d+)? entr(y|ies)$", k));
    }

    [Fact]
    public void LondonWideBox_LinksToTheListOnTheBoroughsPage_WithItsCount()
    {
        using var page = Html.Parse(Read("index.html"));
        var box = page.QuerySelector(".bmap .bmap-wide")!;
        Assert.Equal("/boroughs/#london-wide", box.GetAttribute("href"));

        using var boroughs = Html.Parse(Read("boroughs/index.html"));
        var listed = boroughs.QuerySelectorAll("#london-wide .london-wide-list li").Length;
        Assert.True(listed > 0);
        Assert.Equal(listed.ToString(System.Globalization.CultureInfo.InvariantCulture), box.QuerySelector(".bmap-wide-count")!.TextContent);
        Assert.Equal($"London-wide: {listed} entries", BoroughMapPageTests.Title(box));
    }

    [Fact]
    public void HomePage_PutsTheSearchAndTheMenuFormBeforeTheMap()
    {
        using var page = Html.Parse(Read("index.html"));
        var order = page.QuerySelectorAll("#home-search, .menu-quick, .bmap").Select(e => string.IsNullOrEmpty(e.Id) ? e.ClassName : e.Id).ToList();
        Assert.Equal(3, order.Count);
        Assert.Equal("home-search", order[0]);
        Assert.Equal("menu-quick", order[1]);
        Assert.Contains("bmap-small", order[2], StringComparison.Ordinal);
    }

    [Fact]
    public void BoroughPage_OutlinesItsOwnTileOnly()
    {
        using var page = Html.Parse(Read("boroughs/lambeth/index.html"));
        var current = Assert.Single(page.QuerySelectorAll(".bmap [aria-current]"));
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("/boroughs/lambeth/", current.GetAttribute("href"));
        Assert.NotNull(current.QuerySelector(".bmap-ring"));
        Assert.Single(page.QuerySelectorAll(".bmap .bmap-ring"));
        Assert.Contains("Lambeth, outlined, has", page.QuerySelector(".bmap-summary")!.TextContent, StringComparison.Ordinal);

        using var home = Html.Parse(Read("index.html"));
        Assert.Empty(home.QuerySelectorAll(".bmap [aria-current]"));
    }

    [Fact]
    public void Maps_HaveOneMapSvgAndUniqueIds()
    {
        foreach (var path in MapPages)
        {
            using var page = Html.Parse(Read(path));
            Assert.Single(page.QuerySelectorAll(".bmap svg"));
            var ids = page.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    private string Read(string path) => File.ReadAllText(Path.Combine(manual.Output, path));
}
