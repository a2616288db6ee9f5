namespace KnowledgeBase.Templates.Model;

/// <summary>
/// The London-wide work a borough map shows apart: its count, the list it links to, its box in the map's
/// coordinates (the empty north-west corner of the grid) and the entries in groups: London-wide, national, and
/// naming no borough.
/// </summary>
public sealed class LondonWideView
{
    public required int Count { get; init; }

    /// <summary>The list of the entries: the boroughs page's London-wide section.</summary>
    public required string Url { get; init; }

    public required IReadOnlyList<GroupView> Groups { get; init; }

    /// <summary>The box's text alternative: "London-wide: 48 entries".</summary>
    public string Title => $"London-wide: {Count} {(Count == 1 ? "entry" : "entries")}";

    public int X => 0;

    public int Y => 0;

    /// <summary>Two tiles square, so it reads as a box beside the tiles rather than one of them.</summary>
    public int Width => (2 * BoroughMapView.Pitch) - (BoroughMapView.Pitch - BoroughMapView.TileSize);

    public int Height => Width;

    public int CenterX => X + (Width / 2);

    /// <summary>The baselines of its three lines: "London-wide", the count, "entries".</summary>
    public int NameY => Y + 30;

    public int CountY => Y + 72;

    public int UnitY => Y + 96;
}
