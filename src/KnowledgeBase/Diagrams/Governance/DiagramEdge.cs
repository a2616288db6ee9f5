using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Diagrams.Governance;

/// <summary>
/// A line of the diagram, drawn from the entry that answers to the one it answers to (the arrowhead's end), as an SVG
/// path: a curve between neighbouring rows, otherwise square turns through the gutters and the gaps between boxes.
/// </summary>
/// <param name="Path">The SVG path data, in whole units.</param>
public sealed record DiagramEdge(GovernanceLine Line, string Path);
