namespace KnowledgeBase.Diagrams.Timeline;

/// <summary>The sizes a timeline is laid out with, in SVG user units; drawn wide for a desktop and narrow for a phone.</summary>
/// <param name="MinTickSpacing">The least room between two year labels; years are labelled every 1, 2, 5, 10... to keep it.</param>
public sealed record TimelineGrid(
    string Name, int Width, int Margin, int FontSize, int LineHeight, int DetailFontSize, int MaxLines, int BarHeight, int RowGap, int MinTickSpacing)
{
    public static TimelineGrid Wide { get; } = new("wide", 960, 16, 14, 18, 12, 2, 12, 14, 56);

    public static TimelineGrid Narrow { get; } = new("narrow", 360, 12, 14, 18, 12, 3, 12, 14, 44);
}
