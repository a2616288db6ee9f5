using KnowledgeBase.Site;
using KnowledgeBase.Site.Governance;
using Xunit;

namespace KnowledgeBase.Tests.Diagrams;

/// <summary>The site stage's governance data: which lines the front matter states, and which a diagram shows.</summary>
public sealed class GovernanceLinesTests
{
    private static string Describe(GovernanceLine l) => $"{l.Below.Slug} {l.Relation} {l.Above.Slug}{(l.Inferred ? " (inferred)" : "")}";

    [Fact]
    public void Lines_AreEveryReportsToGovernedByAndLead_WithTheEditorsInferences()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        Assert.Equal(
            new[]
            {
                "local-panel LedBy directorate",
                "local-panel ReportsTo operations-board (inferred)",
                "anti-knife-education GovernedBy operations-board (inferred)",
                "anti-knife-education LedBy operation-blunt",
                "directorate GovernedBy operations-board",
                "operation-blunt LedBy directorate",
                "operations-board ReportsTo strategic-board",
            }.Order(StringComparer.Ordinal),
            graph.Governance.All.Select(Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Whole_HasEveryBoard_AndLeadsOnlyWhereABoardIsAnEnd()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        var whole = graph.Governance.Whole();

        Assert.Equal(
            ["anti-knife-education", "directorate", "local-panel", "lonely-board", "operations-board", "strategic-board"],
            whole.Entries.Select(e => e.Slug).Order(StringComparer.Ordinal));
        Assert.Contains(whole.Lines, l => Describe(l) == "local-panel LedBy directorate");
        Assert.DoesNotContain(whole.Lines, l => l.Relation == GovernanceRelation.LedBy && l.Below.Slug == "operation-blunt");
        Assert.Null(whole.Focus);
        Assert.True(whole.HasInferred);
    }

    [Fact]
    public void Around_AProgramme_ClimbsToTheTop_AndTakesWhatAnswersToIt_ButNotItsSiblings()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        var around = graph.Governance.Around(graph.Find("operation-blunt")!);

        // Blunt is led by the directorate, governed by the operations board, which reports to the strategic board;
        // the option answers to Blunt. The local panel also answers to the directorate, but not to Blunt.
        Assert.Equal(
            ["anti-knife-education", "directorate", "operation-blunt", "operations-board", "strategic-board"],
            around.Entries.Select(e => e.Slug).Order(StringComparer.Ordinal));
        Assert.Contains(around.Lines, l => Describe(l) == "anti-knife-education GovernedBy operations-board (inferred)");
        Assert.Equal("operation-blunt", around.Focus?.Slug);
    }

    [Fact]
    public void Around_AnEntryNoLineReaches_IsEmpty()
    {
        var (site, graph) = PictureFixture.Build();
        using var _ = site;

        Assert.True(graph.Governance.Around(graph.Find("lonely-board")!).IsEmpty);
    }

    [Fact]
    public void Lines_ToAWithheldBoard_AreNotDrawn()
    {
        var (site, graph) = PictureFixture.Build("""
            -- content/boards/secret-board.md --
            ---
            title: Secret Board Zebracorn
            summary: Above the site's classification.
            sources: ["MPS response ¶6"]
            classification: OFFICIAL-SENSITIVE
            reviewed: 2026-11-01
            ---
            Body.
            -- content/boards/lonely-board.md --
            ---
            title: Lonely Board
            summary: Reports to a board this build withholds.
            reports_to: [secret-board]
            sources: ["MPS response ¶4"]
            classification: OFFICIAL
            reviewed: 2026-11-01
            ---
            Body.
            """);
        using var _ = site;

        Assert.DoesNotContain(graph.Governance.All, l => l.Above.Slug == "secret-board");
        Assert.DoesNotContain(site.Output("governance/index.html"), "Zebracorn", StringComparison.Ordinal);
    }
}
