using KnowledgeBase.Diagrams.Governance;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Templates.Model;

/// <summary>
/// A governance diagram as a page shows it (<c>partials/governance-figure.sbnhtml</c>): a caption, the picture drawn
/// wide and narrow, and the same lines in words (each entry answered to, with what answers to it).
/// </summary>
public sealed class GovernanceFigureView
{
    private readonly GovernanceChart _chart;
    private readonly TemplateModel _model;

    internal GovernanceFigureView(GovernanceChart chart, TemplateModel model, string id, string caption)
    {
        _chart = chart;
        _model = model;
        Id = id;
        Caption = caption;
        var wide = GovernanceLayout.Lay(chart, DiagramGrid.Wide);
        Drawings = [new GovernanceDrawingView(wide, model, id), new GovernanceDrawingView(GovernanceLayout.Lay(chart, DiagramGrid.Narrow), model, id)];

        // The words follow the wide picture's reading order, so a sighted reader finds each entry where they look.
        var order = wide.Nodes.Select((node, index) => (node.Page, index)).ToDictionary(n => n.Page, n => n.index);
        Entries = [.. chart.Entries
            .Where(e => chart.Lines.Any(l => l.Above.Equals(e)))
            .OrderBy(e => order[e])
            .Select(e => new GovernanceTextItemView(model.Entry(e), e.Equals(chart.Focus), Groups(e)))];
        Apart = [.. wide.Nodes.Where(n => !n.IsLinked).Select(n => model.Entry(n.Page))];
        ApartHeading = wide.Apart.IsEmpty ? null : GovernanceLayout.ApartHeading(wide.Nodes.Where(n => !n.IsLinked).Select(n => n.Page));
    }

    /// <summary>The prefix of the figure's ids (its caption is <c>{id}-caption</c>); unique on its page.</summary>
    public string Id { get; }

    public string Caption { get; }

    /// <summary>The picture laid out wide (desktop) then narrow (phone); the stylesheet shows one.</summary>
    public IReadOnlyList<GovernanceDrawingView> Drawings { get; }

    /// <summary>The text alternative: each entry something answers to, in the picture's order, with its lines.</summary>
    public IReadOnlyList<GovernanceTextItemView> Entries { get; }

    /// <summary>Entries no line reaches (the whole diagram's boards with no line recorded).</summary>
    public IReadOnlyList<EntryView> Apart { get; }

    /// <summary>What the picture calls the entries drawn apart; null when there are none.</summary>
    public string? ApartHeading { get; }

    /// <summary>The entry a neighbourhood is drawn around; null on the governance page.</summary>
    public EntryView? Focus => _chart.Focus is { } focus ? _model.Entry(focus) : null;

    public int EntryCount => _chart.Entries.Length;

    public int LineCount => _chart.Lines.Length;

    /// <summary>How many lines the editors inferred (drawn dashed).</summary>
    public int InferredCount => _chart.Lines.Count(l => l.Inferred);

    private List<GovernanceTextGroupView> Groups(SitePage above) =>
    [
        .. _chart.Lines.Where(l => l.Above.Equals(above))
            .GroupBy(l => l.Relation)
            .OrderBy(g => g.Key)
            .Select(g => new GovernanceTextGroupView(
                g.Key switch
                {
                    GovernanceRelation.ReportsTo => "Reported to by",
                    GovernanceRelation.GovernedBy => "Governs",
                    _ => "Leads",
                },
                [.. g.Select(l => new GovernanceTextMemberView(_model.Entry(l.Below), l.Inferred))])),
    ];
}
