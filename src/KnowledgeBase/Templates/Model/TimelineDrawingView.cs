using System.Globalization;
using KnowledgeBase.Diagrams.Timeline;

namespace KnowledgeBase.Templates.Model;

/// <summary>One layout of the timeline, ready to write as SVG: its size, year lines and rows, in whole units.</summary>
public sealed class TimelineDrawingView
{
    internal TimelineDrawingView(TimelineDiagram diagram, TemplateModel model)
    {
        Variant = diagram.Grid.Name;
        Width = diagram.Width;
        Height = diagram.Height;
        AxisTop = diagram.AxisTop;
        AxisBottom = diagram.Height - diagram.Grid.Margin;
        Ticks = diagram.Ticks;
        Items = [.. diagram.Items.Select(i => new TimelineItemView(i, model))];
    }

    /// <summary><c>wide</c> or <c>narrow</c>: the stylesheet shows one.</summary>
    public string Variant { get; }

    public int Width { get; }

    public int Height { get; }

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}");

    /// <summary>Where the year lines start and end.</summary>
    public int AxisTop { get; }

    public int AxisBottom { get; }

    /// <summary>The year lines: <c>year</c>, <c>x</c> and <c>label</c> (<c>text</c>, <c>x</c>, <c>y</c>; null on the closing line).</summary>
    public IReadOnlyList<TimelineTick> Ticks { get; }

    /// <summary>The rows, earliest first: the order the keyboard reaches them.</summary>
    public IReadOnlyList<TimelineItemView> Items { get; }
}
