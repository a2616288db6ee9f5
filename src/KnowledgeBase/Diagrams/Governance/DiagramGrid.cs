namespace KnowledgeBase.Diagrams.Governance;

/// <summary>
/// The sizes a governance diagram is laid out with, in SVG user units (pixels at full size). A diagram is drawn twice:
/// <see cref="Wide"/> for a desktop's width, <see cref="Narrow"/> (two columns) for a phone's, so its text stays
/// readable instead of shrinking with the picture.
/// </summary>
/// <param name="Columns">The most boxes side by side; a wider layer wraps onto further rows.</param>
/// <param name="GapX">Between boxes side by side: lines that pass a row run down these gaps.</param>
/// <param name="GapY">Between rows: lines run across these gutters.</param>
/// <param name="Margin">Around the picture; lines may run down the side margins.</param>
/// <param name="MaxLines">Lines of a box's title before it is shortened with an ellipsis.</param>
public sealed record DiagramGrid(
    string Name, int Columns, int NodeWidth, int NodeHeight, int GapX, int GapY, int Margin,
    int FontSize, int LineHeight, int KindFontSize, int MaxLines)
{
    /// <summary>Five boxes a row: about 1,000 units wide at most, the width of a desktop page's text column.</summary>
    public static DiagramGrid Wide { get; } = new("wide", 5, 168, 80, 28, 52, 24, 13, 16, 10, 3);

    /// <summary>Two boxes a row: about 370 units wide, a phone's width.</summary>
    public static DiagramGrid Narrow { get; } = new("narrow", 2, 150, 80, 24, 48, 20, 13, 16, 10, 3);

    /// <summary>Space inside a box on either side of its text.</summary>
    public int Padding => 8;

    /// <summary>How far apart lines sharing a gutter or a gap run.</summary>
    public int LaneSpacing => 4;

    /// <summary>How many lines may share a gutter or a gap before they overlap.</summary>
    public int Lanes => 5;
}
