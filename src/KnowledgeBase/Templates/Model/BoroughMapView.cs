using KnowledgeBase.Content;
using KnowledgeBase.Site.Boroughs;

namespace KnowledgeBase.Templates.Model;

/// <summary>
/// A borough map as templates draw it (partials/borough-map): the site graph's <see cref="BoroughMap"/> laid out in
/// the map's own coordinates, one square of <see cref="TileSize"/> every <see cref="Pitch"/> units, with the
/// legend, the London-wide box, a one-paragraph summary and the table rows that say the same in text.
/// </summary>
public sealed class BoroughMapView
{
    /// <summary>The distance from one tile to the next, in the map's coordinates.</summary>
    public const int Pitch = 60;

    /// <summary>A tile's side; the rest of the pitch is the gap between tiles.</summary>
    public const int TileSize = 56;

    private readonly BoroughMap _map;
    private readonly TemplateModel _model;

    internal BoroughMapView(BoroughMap map, TemplateModel model, string size, string? current)
    {
        _map = map;
        _model = model;
        Size = size;
        Tiles = [.. map.Tiles.Select(t => new BoroughTileView(t, model, current is not null && t.Term?.Slug == current))];
        Current = Tiles.FirstOrDefault(t => t.Current);
        Url = model.Taxonomy(BoroughMap.TaxonomyKey).Url;
        LondonWide = new LondonWideView
        {
            Count = map.LondonWide.Count,
            Url = Url + "#london-wide",
            Groups =
            [
                new("London-wide", "london-wide-scope", "Entries whose scope is London-wide.", model.Entries(map.LondonWide.LondonWide)),
                new("National", "national-scope", "Entries whose scope is national.", model.Entries(map.LondonWide.National)),
                new("No borough named", "no-borough-named", "Entries that name no borough; the manual reads them as London-wide.", model.Entries(map.LondonWide.NoBoroughNamed)),
            ],
        };
    }

    /// <summary><c>small</c> (home page, a borough's page) or <c>large</c> (the boroughs page): the CSS class says how wide it is drawn.</summary>
    public string Size { get; }

    /// <summary>The map's width and height in its own coordinates (the SVG viewBox).</summary>
    public int Width => (LondonSquared.Columns * Pitch) - (Pitch - TileSize);

    public int Height => (LondonSquared.Rows * Pitch) - (Pitch - TileSize);

    /// <summary>The 33 tiles, north to south and west to east.</summary>
    public IReadOnlyList<BoroughTileView> Tiles { get; }

    /// <summary>The tile of the borough whose page this is, or null.</summary>
    public BoroughTileView? Current { get; }

    /// <summary>The boroughs page: the large map, its legend and the table.</summary>
    public string Url { get; }

    public LondonWideView LondonWide { get; }

    /// <summary>The shades, none first, each with the counts it stands for ("6–10 entries").</summary>
    public IReadOnlyList<BoroughShadeView> Legend =>
    [
        new(0, "No entries"),
        .. _map.Scale.Bands.Select(b => new BoroughShadeView(b.Level, b.From == b.To
            ? $"{b.From} {(b.From == 1 ? "entry" : "entries")}"
            : $"{b.From}\u2013{b.To} entries")),
    ];

    /// <summary>
    /// The map in one paragraph: how many boroughs have entries, where the most are and the London-wide work; on a
    /// borough's page, that borough first and the rest in brief.
    /// </summary>
    public string Summary
    {
        get
        {
            var withEntries = _map.Tiles.Where(t => t.Count > 0).ToList();
            var none = Names(_map.Tiles.Where(t => t.Count == 0));
            var coverage = withEntries.Count == 0 ? "No borough has an entry yet" : $"{withEntries.Count} of the {_map.Tiles.Length} boroughs have entries";
            var wide = LondonWide.Count == 1 ? "1 entry is London-wide or names no borough" : $"{LondonWide.Count} entries are London-wide or name no borough";
            if (Current is { } current)
            {
                return $"{current.Name}, outlined, has {Entries(current.Count)}. {coverage}; {wide}.";
            }

            if (withEntries.Count == 0)
            {
                return $"{coverage}. {wide}.";
            }

            var most = withEntries.Max(t => t.Count);
            var busiest = Names(withEntries.Where(t => t.Count == most));
            var exceptions = none.Count is > 0 and <= 3 ? $" (none in {Join(none)})" : "";
            var where = busiest.Count == 1 ? $"the most in {busiest[0]} ({most})" : $"the most in {Join(busiest)} ({most} each)";
            return $"{coverage}{exceptions}; {where}. {wide}.";
        }
    }

    /// <summary>The table beside the large map: every borough of the vocabulary by name, the grid's first, then any it has no square for.</summary>
    public IReadOnlyList<BoroughRowView> Rows =>
    [
        .. _map.Tiles.Zip(Tiles).OrderBy(t => t.Second.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => Row(t.Second.Name, t.Second.Url, t.Second.Label, t.First.Entries)),
        .. _map.Unplaced.Select(term => Row(term.Name, _model.Urls.Term(_model.Graph.Taxonomy(BoroughMap.TaxonomyKey), term.Slug), null,
            _model.Graph.WithTerm(BoroughMap.TaxonomyKey, term.Slug))),
    ];

    private BoroughRowView Row(string name, string? url, string? label, IEnumerable<Site.SitePage> entries)
    {
        var list = entries.ToList();
        return new BoroughRowView(
            name,
            url,
            label,
            _model.Entries(list.Where(p => p.Entry.Kind == EntryKind.Programme)),
            list.Count(p => p.Entry.Kind == EntryKind.Board),
            list.Count(p => p.Entry.Kind == EntryKind.Option),
            list.Count);
    }

    private static string Entries(int count) => count switch
    {
        0 => "no entries",
        1 => "1 entry",
        _ => $"{count} entries",
    };

    private static List<string> Names(IEnumerable<BoroughTile> tiles) =>
        [.. tiles.Select(t => t.Term?.Name ?? t.Place.Name).Order(StringComparer.OrdinalIgnoreCase)];

    private static string Join(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
