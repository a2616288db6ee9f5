using System.Collections.Immutable;
using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Diagrams.Governance;

/// <summary>A governance chart laid out on one grid: the picture's size, its boxes in reading order and its lines.</summary>
/// <param name="Nodes">Row by row from the top, left to right: the order a keyboard reaches them.</param>
/// <param name="Apart">The label over the entries no line reaches, line by line; empty when every entry is linked.</param>
public sealed record GovernanceDiagram(
    GovernanceChart Chart, DiagramGrid Grid, int Width, int Height,
    ImmutableArray<DiagramNode> Nodes, ImmutableArray<DiagramEdge> Edges, ImmutableArray<DiagramText> Apart);
