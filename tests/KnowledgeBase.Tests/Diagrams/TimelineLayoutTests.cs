using KnowledgeBase.Diagrams.Timeline;
using KnowledgeBase.Site.Timeline;
using Xunit;

namespace KnowledgeBase.Tests.Diagrams;

/// <summary>The timeline's data and layout: only the dates the content gives, bars over the time each names.</summary>
public sealed class TimelineLayoutTests
{
    private const string DatedOptions = """
        -- content/options/anti-knife-education.md --
        ---
        title: Anti-knife education
        summary: Known to the year only.
        needs: [prevention]
        started: 2004
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/options/ended-option.md --
        ---
        title: An option that ended
        summary: Known to the day at its end only.
        needs: [prevention]
        ended: 2006-03-15
        sources: ["MPS response ¶27"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        """;

    [Fact]
    public void Timeline_HoldsTheDatedEntriesEarliestFirst_AndEveryOtherEntryAsUndated()
    {
        var (site, graph) = PictureFixture.Build(DatedOptions);
        using var _ = site;

        var timeline = graph.Timeline;

        Assert.Equal(["anti-knife-education", "operation-blunt", "local-panel", "ended-option"], timeline.Dated.Select(d => d.Page.Slug));
        Assert.Equal(["directorate", "lonely-board", "operations-board", "strategic-board"], timeline.Undated.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Entries.Length, timeline.Dated.Length + timeline.Undated.Length);
        Assert.Equal(
            ["anti-knife-education Started 2004", "operation-blunt Started 2004-07", "local-panel Started 2005-12", "ended-option Ended 2006-03-15", "local-panel Ended 2007"],
            timeline.Events.Select(e => $"{e.Page.Slug} {e.Kind} {e.Date.ToIso()}"));
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("narrow")]
    public void Bars_CoverTheTimeEachDateNames(string name)
    {
        var (site, graph) = PictureFixture.Build(DatedOptions);
        using var _ = site;

        var grid = name == "wide" ? TimelineGrid.Wide : TimelineGrid.Narrow;
        var diagram = TimelineLayout.Lay(graph.Timeline, grid);
        TimelineItem Item(string slug) => diagram.Items.Single(i => i.Dated.Page.Slug == slug);
        int YearX(int year) => diagram.Ticks.Single(t => t.Year == year).X;

        // The axis runs from the start of 2004 to the end of 2007; 2004 is a whole year's bar, July 2004 a month's.
        Assert.Equal([2004, 2005, 2006, 2007, 2008], diagram.Ticks.Select(t => t.Year));
        Assert.Null(diagram.Ticks[^1].Label);
        Assert.Equal(YearX(2004), Item("anti-knife-education").BarX);
        Assert.InRange(Item("anti-knife-education").BarX + Item("anti-knife-education").BarWidth, YearX(2005) - 1, YearX(2005) + 1);
        Assert.InRange(Item("operation-blunt").BarWidth, 6, (YearX(2005) - YearX(2004)) / 6);
        Assert.InRange(Item("operation-blunt").BarX, YearX(2004) + ((YearX(2005) - YearX(2004)) / 2) - 1, YearX(2004) + ((YearX(2005) - YearX(2004)) / 2) + 1);

        // Started December 2005, ended 2007: one bar from December 2005 to the end of 2007.
        var panel = Item("local-panel");
        Assert.True(panel.BarX > YearX(2005) && panel.BarX < YearX(2006));
        Assert.InRange(panel.BarX + panel.BarWidth, YearX(2008) - 1, YearX(2008) + 1);
        Assert.Equal("Board · started December 2005 · ended 2007", panel.Detail.Text);

        foreach (var item in diagram.Items)
        {
            Assert.True(item.BarX >= grid.Margin && item.BarX + item.BarWidth <= grid.Width - grid.Margin, $"{item.Dated.Page.Slug}'s bar leaves the axis");
            Assert.All(item.Title, line => Assert.True(line.X + KnowledgeBase.Diagrams.TextFit.Width(line.Text, grid.FontSize) <= grid.Width - grid.Margin + 1, $"'{line.Text}' runs off the picture"));
            Assert.True(item.Top + item.Height <= diagram.Height);
        }

        Assert.Equal(diagram.Items.OrderBy(i => i.Top).Select(i => i.Dated.Page.Slug), diagram.Items.Select(i => i.Dated.Page.Slug));
    }
}
