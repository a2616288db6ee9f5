using KnowledgeBase.Site.Boroughs;

namespace KnowledgeBase.Templates.Model;

/// <summary>
/// One tile of a borough map as templates draw it: what it says (label, count, the name in full) and where it
/// sits in the map's coordinates. <c>url</c> is null for a borough the site has no page for.
/// </summary>
public sealed class BoroughTileView
{
    internal BoroughTileView(BoroughTile tile, TemplateModel model, bool current)
    {
        Slug = tile.Term?.Slug ?? tile.Place.Slug;
        Name = tile.Term?.Name ?? tile.Place.Name;
        Label = tile.Place.Label;
        Count = tile.Count;
        Level = tile.Shade;
        Url = tile.Term is null ? null : model.Urls.Term(model.Graph.Taxonomy(BoroughMap.TaxonomyKey), tile.Term.Slug);
        Current = current;
        X = (tile.Place.Column - 1) * BoroughMapView.Pitch;
        Y = (tile.Place.Row - 1) * BoroughMapView.Pitch;
    }

    public string Slug { get; }

    public string Name { get; }

    /// <summary>The short label the tile shows: Lam, H&amp;F, City.</summary>
    public string Label { get; }

    /// <summary>The published entries naming the borough.</summary>
    public int Count { get; }

    /// <summary>Its shade: 0 (no entries) to 4 (the busiest band); the legend says each shade's range.</summary>
    public int Level { get; }

    /// <summary>The borough's page, or null when the site's vocabulary has no such borough.</summary>
    public string? Url { get; }

    /// <summary>True for the borough whose page shows the map.</summary>
    public bool Current { get; }

    /// <summary>The tile's text alternative: "Lambeth: 18 entries", "City of London: no entries".</summary>
    public string Title => Count == 0 ? $"{Name}: no entries" : $"{Name}: {Count} {(Count == 1 ? "entry" : "entries")}";

    /// <summary>The tile's top-left corner and side, in the map's coordinates.</summary>
    public int X { get; }

    public int Y { get; }

    public int Size => BoroughMapView.TileSize;

    /// <summary>The middle of the tile across, where its two lines of text are centred.</summary>
    public int CenterX => X + (Size / 2);

    /// <summary>The baselines of the label and of the count.</summary>
    public int LabelY => Y + 25;

    public int CountY => Y + 46;

    /// <summary>The inner ring that, with a heavy outer edge, marks the current tile on any shade: inset from the tile's edge.</summary>
    public int RingX => X + RingInset;

    public int RingY => Y + RingInset;

    public int RingSize => Size - (2 * RingInset);

    private const int RingInset = 5;
}
