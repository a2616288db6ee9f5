using KnowledgeBase.Diagrams.Governance;
using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Templates.Model;

/// <summary>A line of the diagram: its SVG path (drawn towards the entry answered to), its relation and whether it was inferred.</summary>
public sealed class GovernanceEdgeView(DiagramEdge edge)
{
    public string Path => edge.Path;

    /// <summary><c>reports-to</c>, <c>governed-by</c> or <c>led-by</c>.</summary>
    public string Relation => edge.Line.Relation switch
    {
        GovernanceRelation.ReportsTo => "reports-to",
        GovernanceRelation.GovernedBy => "governed-by",
        _ => "led-by",
    };

    /// <summary>True when the editors inferred the line: it is drawn dashed.</summary>
    public bool Inferred => edge.Line.Inferred;

    /// <summary>The line in words: "Guns, Gangs and Weapons Reduction Board reports to London Community Safety Partnership".</summary>
    public string Description => edge.Line.Relation switch
    {
        GovernanceRelation.ReportsTo => $"{edge.Line.Below.Title} reports to {edge.Line.Above.Title}",
        GovernanceRelation.GovernedBy => $"{edge.Line.Above.Title} governs {edge.Line.Below.Title}",
        _ => $"{edge.Line.Above.Title} leads {edge.Line.Below.Title}",
    } + (edge.Line.Inferred ? " (inferred by the editors)" : "");
}
