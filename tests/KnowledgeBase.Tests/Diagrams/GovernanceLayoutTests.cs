using KnowledgeBase.Diagrams;
using KnowledgeBase.Diagrams.Governance;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Governance;
using KnowledgeBase.Tests.Building;
using Xunit;

namespace KnowledgeBase.Tests.Diagrams;

/// <summary>The governance layout: layers from the top, boxes that fit their text and never overlap, lines that cross no box.</summary>
public sealed class GovernanceLayoutTests(RealManual manual) : IClassFixture<RealManual>
{
    public static TheoryData<string> Grids => ["wide", "narrow"];

    private static DiagramGrid Grid(string name) => name == "wide" ? DiagramGrid.Wide : DiagramGrid.Narrow;

    [Theory]
    [MemberData(nameof(Grids))]
    public void Whole_StandsBodiesAboveBoards_AboveProgrammes_AboveOptions_WithUnlinkedBoardsApartAtTheBottom(string grid)
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        var diagram = GovernanceLayout.Lay(graph.Governance.Whole(), Grid(grid));
        int Row(string slug) => diagram.Nodes.Single(n => n.Page.Slug == slug).Row;

        Assert.True(Row("strategic-board") < Row("operations-board"));
        Assert.True(Row("operations-board") < Row("local-panel"));
        Assert.True(Row("local-panel") < Row("directorate"));
        Assert.True(Row("directorate") < Row("anti-knife-education"));
        var lonely = diagram.Nodes.Single(n => n.Page.Slug == "lonely-board");
        Assert.False(lonely.IsLinked);
        Assert.Equal(diagram.Nodes.Max(n => n.Row), lonely.Row);
        Assert.Contains("no reporting or governance line", string.Join(" ", diagram.Apart.Select(t => t.Text)), StringComparison.Ordinal);
        Assert.All(diagram.Apart, t => Assert.True(t.Y < lonely.Y && t.Y > diagram.Nodes.Where(n => n.IsLinked).Max(n => n.Bottom)));
    }

    [Fact]
    public void AProgrammeLedByAnother_StandsInTheLayerBelowIt()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        var diagram = GovernanceLayout.Lay(graph.Governance.Around(graph.Find("operation-blunt")!), DiagramGrid.Wide);
        var blunt = diagram.Nodes.Single(n => n.Page.Slug == "operation-blunt");

        Assert.True(diagram.Nodes.Single(n => n.Page.Slug == "directorate").Row < blunt.Row);
        Assert.True(blunt.IsFocus);
        Assert.Single(diagram.Nodes, n => n.IsFocus);
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void AWideLayer_WrapsOntoEvenRows_NoWiderThanTheGrid(string grid)
    {
        var options = string.Concat(Enumerable.Range(1, 7).Select(i => $"""
            -- content/options/option-{i}.md --
            ---
            title: Option number {i}
            summary: One of seven.
            needs: [prevention]
            governed_by: [lonely-board]
            sources: ["MPS response ¶{i}"]
            classification: OFFICIAL
            reviewed: 2026-11-01
            ---
            Body.

            """));
        var (site, graph) = PictureFixture.Build(options);
        using var _ = site;

        var layout = Grid(grid);
        var diagram = GovernanceLayout.Lay(graph.Governance.Around(graph.Find("lonely-board")!), layout);
        var rows = diagram.Nodes.Where(n => n.Page.Slug.StartsWith("option-", StringComparison.Ordinal)).GroupBy(n => n.Row).Select(g => g.Count()).ToList();

        // Seven in rows of five are four and three; in rows of two, two, two, two and one.
        Assert.Equal(grid == "wide" ? [4, 3] : [2, 2, 2, 1], rows);
        Assert.True(diagram.Width <= (2 * layout.Margin) + (layout.Columns * layout.NodeWidth) + ((layout.Columns - 1) * layout.GapX));
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void RealManual_EveryDiagram_FitsItsBoxes_AndItsLinesCrossNoBox(string grid)
    {
        var graph = manual.Result.Graph!;
        var charts = new[] { graph.Governance.Whole() }
            .Concat(graph.Entries.Select(graph.Governance.Around).Where(c => !c.IsEmpty))
            .ToList();
        Assert.True(charts.Count > 10);

        foreach (var chart in charts)
        {
            AssertWellLaidOut(GovernanceLayout.Lay(chart, Grid(grid)));
        }
    }

    [Fact]
    public void Fixture_Diagrams_FitTheirBoxes_AndTheirLinesCrossNoBox()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        foreach (var chart in graph.Entries.Select(graph.Governance.Around).Where(c => !c.IsEmpty).Prepend(graph.Governance.Whole()))
        {
            AssertWellLaidOut(GovernanceLayout.Lay(chart, DiagramGrid.Wide));
            AssertWellLaidOut(GovernanceLayout.Lay(chart, DiagramGrid.Narrow));
        }
    }

    [Fact]
    public void ALongTitle_IsShortenedWithAnEllipsis_InsideItsBox()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        var diagram = GovernanceLayout.Lay(graph.Governance.Whole(), DiagramGrid.Narrow);
        var option = diagram.Nodes.Single(n => n.Page.Slug == "anti-knife-education");

        Assert.True(option.Title.Truncated);
        Assert.Equal(DiagramGrid.Narrow.MaxLines, option.Text.Length);
        Assert.EndsWith(TextFit.Ellipsis, option.Text[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith(string.Join(" ", option.Text.Select(t => t.Text))[..^1].TrimEnd(), option.Page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_IsTheSameEveryTime()
    {
        var graph = manual.Result.Graph!;
        string Draw() => string.Join("\n", GovernanceLayout.Lay(graph.Governance.Whole(), DiagramGrid.Wide) is var d
            ? d.Nodes.Select(n => $"{n.Page.Slug} {n.X} {n.Y}").Concat(d.Edges.Select(e => e.Path))
            : []);

        Assert.Equal(Draw(), Draw());
    }

    private static void AssertWellLaidOut(GovernanceDiagram diagram)
    {
        var grid = diagram.Grid;
        var name = diagram.Chart.Focus?.Slug ?? "whole";
        Assert.Equal(diagram.Chart.Entries.Length, diagram.Nodes.Length);

        foreach (var node in diagram.Nodes)
        {
            Assert.True(node.X >= 0 && node.Y >= 0 && node.Right <= diagram.Width && node.Bottom <= diagram.Height, $"{name}: {node.Page.Slug} outside the picture");
            Assert.All(node.Text, line =>
            {
                Assert.True(TextFit.Width(line.Text, grid.FontSize) <= grid.NodeWidth - (2 * grid.Padding), $"{name}: '{line.Text}' wider than its box");
                Assert.InRange(line.Y, node.Y + grid.FontSize, node.Bottom - 2);
            });
            Assert.InRange(node.Text.Length, 1, grid.MaxLines);
            foreach (var other in diagram.Nodes.Where(o => o != node))
            {
                var apart = node.Right <= other.X || other.Right <= node.X || node.Bottom <= other.Y || other.Bottom <= node.Y;
                Assert.True(apart, $"{name}: {node.Page.Slug} overlaps {other.Page.Slug}");
            }
        }

        Assert.Equal(diagram.Chart.Lines.Length, diagram.Edges.Length);
        foreach (var edge in diagram.Edges)
        {
            var below = diagram.Nodes.Single(n => n.Page.Equals(edge.Line.Below));
            var above = diagram.Nodes.Single(n => n.Page.Equals(edge.Line.Above));
            var points = PathPoints.Vertices(edge.Path);
            Assert.True(OnBorder(points[0], below), $"{name}: {edge.Path} does not start on {below.Page.Slug}");
            Assert.True(OnBorder(points[^1], above), $"{name}: {edge.Path} does not end on {above.Page.Slug} (the arrowhead's end)");
            foreach (var point in PathPoints.Along(edge.Path))
            {
                Assert.True(point.X >= 0 && point.X <= diagram.Width && point.Y >= 0 && point.Y <= diagram.Height, $"{name}: {edge.Path} leaves the picture");
                var crossed = diagram.Nodes.FirstOrDefault(n => point.X > n.X + 0.5 && point.X < n.Right - 0.5 && point.Y > n.Y + 0.5 && point.Y < n.Bottom - 0.5);
                Assert.True(crossed is null, $"{name}: the line {edge.Line.Below.Slug} to {edge.Line.Above.Slug} crosses {crossed?.Page.Slug} at {point}");
            }
        }
    }

    private static bool OnBorder((double X, double Y) point, DiagramNode node) =>
        point.X >= node.X && point.X <= node.Right && (point.Y == node.Y || point.Y == node.Bottom);
}
