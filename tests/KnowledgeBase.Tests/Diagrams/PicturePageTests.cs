using AngleSharp.Dom;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Diagrams;

/// <summary>The built governance and timeline pages, read with AngleSharp: links, names, text alternatives, and no code change for a new board.</summary>
public sealed class PicturePageTests
{
    private static IEnumerable<IElement> Nodes(IDocument page, string variant) =>
        page.QuerySelectorAll($".picture-{variant} svg a.gov-node");

    [Fact]
    public void GovernancePage_DrawsEveryBoard_AsALinkNamedWithItsFullTitle_InBothDrawings()
    {
        using var site = PictureFixture.Create();
        Assert.True(site.Build().Succeeded);
        using var page = Html.Parse(site.Output("governance/index.html"));

        foreach (var variant in new[] { "wide", "narrow" })
        {
            var svg = page.QuerySelector($".picture-{variant} svg")!;
            Assert.Equal("group", svg.GetAttribute("role"));
            Assert.Equal("Every board, the bodies it reports to, and what it governs or leads. Each box links to its entry.",
                page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextContent);
            var box = svg.GetAttribute("viewBox")!.Split(' ').Select(int.Parse).ToList();
            Assert.Equal([0, 0, int.Parse(svg.GetAttribute("width")!), int.Parse(svg.GetAttribute("height")!)], box);

            var nodes = Nodes(page, variant).ToList();
            Assert.Equal(
                ["/boards/local-panel/", "/boards/lonely-board/", "/boards/operations-board/", "/boards/strategic-board/", "/options/anti-knife-education/", "/programmes/directorate/"],
                nodes.Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
            foreach (var node in nodes)
            {
                Assert.True(site.OutputExists(node.GetAttribute("href")!.TrimStart('/') + "index.html"));
                var title = node.QuerySelector("title")!.TextContent;
                Assert.EndsWith(": " + title, node.GetAttribute("aria-label"), StringComparison.Ordinal);
            }

            // The long option title is shortened in its box; its link keeps the whole name.
            var option = nodes.Single(a => a.GetAttribute("href") == "/options/anti-knife-education/");
            Assert.EndsWith("…", option.QuerySelectorAll("tspan").Last().TextContent, StringComparison.Ordinal);
            Assert.Equal("Option: Anti-knife education and prevention programmes for young people in schools and youth clubs across London", option.GetAttribute("aria-label"));

            Assert.Equal("true", svg.QuerySelector(".gov-edges")!.GetAttribute("aria-hidden"));
            Assert.Equal(5, svg.QuerySelectorAll("path.gov-edge").Length);
            Assert.Equal(2, svg.QuerySelectorAll("path.gov-edge-inferred").Length);
            Assert.All(svg.QuerySelectorAll("path.gov-edge"), p => Assert.StartsWith($"url(#governance-arrow-{variant})", p.GetAttribute("marker-end"), StringComparison.Ordinal));
            Assert.NotNull(page.GetElementById($"governance-arrow-{variant}"));
        }

        Assert.Contains(page.QuerySelectorAll(".picture-legend li"), li => li.TextContent.Contains("dashed line was inferred by the editors", StringComparison.Ordinal));
    }

    [Fact]
    public void GovernancePage_SaysTheSameInWords_EveryBoxAndEveryLine()
    {
        using var site = PictureFixture.Create();
        Assert.True(site.Build().Succeeded);
        using var page = Html.Parse(site.Output("governance/index.html"));

        var words = page.QuerySelector(".picture-text")!;
        var drawn = Nodes(page, "wide").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(drawn, words.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet(StringComparer.Ordinal));

        var operations = words.QuerySelectorAll(".governance-words > li").Single(li => li.Children[0].TextContent == "Operations Board");
        var lines = operations.QuerySelectorAll("ul > li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Reported to by: Local Panel (board, inferred by the editors)", lines);
        Assert.Contains(lines, l => l.StartsWith("Governs: ", StringComparison.Ordinal) && l.Contains("The Directorate (programme)", StringComparison.Ordinal)
            && l.Contains("(option, inferred by the editors)", StringComparison.Ordinal));
        Assert.Contains("Boards with no reporting or governance line recorded: Lonely Board.", words.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewBoardFile_AppearsInTheDiagram_WithNoOtherChange()
    {
        using var site = PictureFixture.Create();
        Assert.True(site.Build().Succeeded);
        using (var before = Html.Parse(site.Output("governance/index.html")))
        {
            Assert.DoesNotContain(Nodes(before, "wide"), a => a.GetAttribute("href") == "/boards/knife-crime-panel/");
        }

        site.Write("content/boards/knife-crime-panel.md", """
            ---
            title: Knife Crime Panel
            summary: A panel added after the site was first built.
            reports_to: [strategic-board]
            sources: ["MPS response ¶9"]
            classification: OFFICIAL
            reviewed: 2026-11-01
            ---
            Body.
            """);
        Assert.True(site.Build().Succeeded);
        using var after = Html.Parse(site.Output("governance/index.html"));

        foreach (var variant in new[] { "wide", "narrow" })
        {
            var node = Assert.Single(Nodes(after, variant), a => a.GetAttribute("href") == "/boards/knife-crime-panel/");
            Assert.Equal("Board: Knife Crime Panel", node.GetAttribute("aria-label"));
            Assert.Contains(after.QuerySelectorAll($".picture-{variant} path.gov-edge title"), t => t.TextContent == "Knife Crime Panel reports to Strategic Board");
        }

        var strategic = after.QuerySelectorAll(".governance-words > li").Single(li => li.Children[0].TextContent == "Strategic Board");
        Assert.Contains("Knife Crime Panel", strategic.TextContent, StringComparison.Ordinal);
        using var board = Html.Parse(site.Output("boards/knife-crime-panel/index.html"));
        Assert.Contains(board.QuerySelectorAll(".governance-around svg a.gov-node"), a => a.GetAttribute("aria-current") == "page" && a.GetAttribute("href") == "/boards/knife-crime-panel/");
    }

    [Fact]
    public void BoardAndProgrammePages_ShowTheirNeighbourhood_OthersDoNot()
    {
        using var site = PictureFixture.Create();
        Assert.True(site.Build().Succeeded);

        using var blunt = Html.Parse(site.Output("programmes/operation-blunt/index.html"));
        var figure = blunt.QuerySelector(".governance-around figure")!;
        Assert.Equal(
            new[] { "/options/anti-knife-education/", "/programmes/directorate/", "/programmes/operation-blunt/", "/boards/operations-board/", "/boards/strategic-board/" }.Order(StringComparer.Ordinal),
            figure.QuerySelectorAll(".picture-wide a.gov-node").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        Assert.Equal("/programmes/operation-blunt/", figure.QuerySelector("a.gov-node[aria-current=page]")!.GetAttribute("href"));
        Assert.Contains(figure.QuerySelectorAll(".picture-legend li"), li => li.TextContent.Contains("Operation Blunt, this page's entry", StringComparison.Ordinal));
        Assert.NotNull(blunt.QuerySelector(".governance-around a[href='/governance/']"));

        using var lonely = Html.Parse(site.Output("boards/lonely-board/index.html"));
        Assert.Null(lonely.QuerySelector(".governance-around"));
        using var option = Html.Parse(site.Output("options/anti-knife-education/index.html"));
        Assert.Null(option.QuerySelector(".governance-around"));
    }

    [Fact]
    public void BoardsListing_HomePageAndFooter_LinkToThePictures()
    {
        using var site = PictureFixture.Create();
        Assert.True(site.Build().Succeeded);

        using var boards = Html.Parse(site.Output("boards/index.html"));
        Assert.NotNull(boards.QuerySelector("main .picture-link a[href='/governance/']"));
        using var home = Html.Parse(site.Output("index.html"));
        Assert.NotNull(home.QuerySelector("main a[href='/timeline/']"));
        Assert.NotNull(home.QuerySelector("main a[href='/governance/']"));
        Assert.NotNull(home.QuerySelector("footer a[href='/timeline/']"));
    }

    [Fact]
    public void TimelinePage_LinksEachDatedEntry_ByYearInWords_AndListsTheUndated()
    {
        using var site = PictureFixture.Create();
        Assert.True(site.Build().Succeeded);
        using var page = Html.Parse(site.Output("timeline/index.html"));

        foreach (var variant in new[] { "wide", "narrow" })
        {
            var rows = page.QuerySelectorAll($".picture-{variant} svg a.tl-item").ToList();
            Assert.Equal(["/programmes/operation-blunt/", "/boards/local-panel/"], rows.Select(a => a.GetAttribute("href")));
            Assert.Equal("Operation Blunt, programme, started July 2004", rows[0].GetAttribute("aria-label"));
            Assert.Equal("Local Panel, board, started December 2005, ended 2007", rows[1].GetAttribute("aria-label"));
            Assert.Equal("timeline-caption", page.QuerySelector($".picture-{variant} svg")!.GetAttribute("aria-labelledby"));
        }

        var years = page.QuerySelectorAll(".timeline-years > li").Select(li => (li.QuerySelector("h3")!.TextContent, li.QuerySelector("ul")!.TextContent)).ToList();
        Assert.Equal(["2004", "2005", "2007"], years.Select(y => y.Item1));
        Assert.Equal("Operation Blunt (programme) started July 2004", years[0].Item2);
        Assert.Equal("Local Panel (board) ended 2007", years[2].Item2);

        var undated = page.GetElementById("undated")!;
        Assert.Equal("No date in the sources", undated.QuerySelector("h2")!.TextContent);
        Assert.Equal(
            ["/boards/lonely-board/", "/boards/operations-board/", "/boards/strategic-board/", "/options/anti-knife-education/", "/programmes/directorate/"],
            undated.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TimelinePage_WithNoDates_SaysSo_AndStillListsEveryEntry()
    {
        using var site = SiteFixture.Create();
        Assert.True(site.Build().Succeeded);
        using var page = Html.Parse(site.Output("timeline/index.html"));

        Assert.Null(page.QuerySelector("main svg"));
        Assert.Contains("No entry gives a date yet", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.GetElementById("undated")!.QuerySelectorAll("a").Length);
    }

    [Fact]
    public void PicturePages_AreTheSameEveryBuild()
    {
        using var site = PictureFixture.Create();
        site.Build(r => r with { Output = Path.Combine(site.Root, "first") });
        site.Build(r => r with { Output = Path.Combine(site.Root, "second") });
        foreach (var page in new[] { "governance/index.html", "timeline/index.html", "programmes/operation-blunt/index.html", "boards/operations-board/index.html" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "first", page)), File.ReadAllText(Path.Combine(site.Root, "second", page)));
        }
    }
}
