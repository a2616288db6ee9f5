using System.Globalization;
using KnowledgeBase.Diagrams;
using KnowledgeBase.Diagrams.Governance;

namespace KnowledgeBase.Templates.Model;

/// <summary>One layout of a governance diagram, ready to write as SVG: its size, boxes and lines, all in whole units.</summary>
public sealed class GovernanceDrawingView
{
    internal GovernanceDrawingView(GovernanceDiagram diagram, TemplateModel model, string figureId)
    {
        Variant = diagram.Grid.Name;
        Width = diagram.Width;
        Height = diagram.Height;
        ArrowId = $"{figureId}-arrow-{Variant}";
        Nodes = [.. diagram.Nodes.Select(n => new GovernanceNodeView(n, model))];
        Edges = [.. diagram.Edges.Select(e => new GovernanceEdgeView(e))];
        ApartLabel = diagram.Apart;
    }

    /// <summary><c>wide</c> or <c>narrow</c>: the stylesheet shows the wide drawing on a desktop and the narrow one on a phone.</summary>
    public string Variant { get; }

    public int Width { get; }

    public int Height { get; }

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    /// <summary>The id of the drawing's arrowhead marker.</summary>
    public string ArrowId { get; }

    /// <summary>The boxes, row by row from the top: the order the keyboard reaches them.</summary>
    public IReadOnlyList<GovernanceNodeView> Nodes { get; }

    public IReadOnlyList<GovernanceEdgeView> Edges { get; }

    /// <summary>The label over the entries drawn apart, line by line (<c>text</c>, <c>x</c>, <c>y</c>); empty when there are none.</summary>
    public IReadOnlyList<DiagramText> ApartLabel { get; }
}
