namespace KnowledgeBase.Site.Boroughs;

/// <summary>One band of the map's shading: a tile with <paramref name="From"/> to <paramref name="To"/> entries takes shade <paramref name="Level"/>.</summary>
/// <param name="Level">1 (lightest) to <see cref="ShadeScale.Levels"/> (darkest); 0 is kept for a tile with no entries.</param>
public sealed record ShadeBand(int Level, int From, int To);
