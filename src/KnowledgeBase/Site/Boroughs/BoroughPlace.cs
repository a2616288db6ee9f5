namespace KnowledgeBase.Site.Boroughs;

/// <summary>
/// A borough's square on the tile grid: the slug the boroughs vocabulary gives it, its name, the short label a tile
/// has room for, and its row and column (both from 1; row 1 is the north, column 1 the west).
/// </summary>
public sealed record BoroughPlace(string Slug, string Name, string Label, int Row, int Column);
