using System.Collections.Frozen;
using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Boroughs;

namespace KnowledgeBase.Templates.Model;

/// <summary>
/// The site graph as templates see it: one <see cref="EntryView"/> per published entry (so the same entry is the
/// same object on every page), the vocabularies and kinds, and the few URL rules the views share. Made once per
/// build; every member is safe to read from several cores.
/// </summary>
public sealed class TemplateModel
{
    private readonly FrozenDictionary<string, EntryView> _entries;
    private readonly FrozenDictionary<string, TaxonomyView> _taxonomies;
    private readonly FrozenDictionary<Content.EntryKind, KindView> _kinds;
    private readonly IReadOnlyDictionary<string, ImmutableArray<string>> _related;

    /// <param name="related">Each entry's related entries by slug, as the related-entries stage found them.</param>
    public TemplateModel(SiteGraph graph, IReadOnlyDictionary<string, ImmutableArray<string>> related)
    {
        Graph = graph;
        _related = related;
        _entries = graph.Pages.ToFrozenDictionary(p => p.Slug, p => new EntryView(p, this), StringComparer.Ordinal);
        Taxonomies = [.. graph.Content.Taxonomies.Facets.Select(t => new TaxonomyView(t, this))];
        _taxonomies = Taxonomies.ToFrozenDictionary(t => t.Key, StringComparer.Ordinal);
        _kinds = Enum.GetValues<Content.EntryKind>().ToFrozenDictionary(k => k, k => new KindView(k, this));
        Site = new SiteView(this);
        Boroughs = BoroughMap.From(graph);
    }

    public SiteGraph Graph { get; }

    public SiteUrls Urls => Graph.Urls;

    public SiteView Site { get; }

    /// <summary>How much of the manual runs in each borough, on the tile grid; null for a site whose vocabulary names no London borough.</summary>
    public BoroughMap? Boroughs { get; }

    /// <summary>The borough map drawn <c>small</c> or <c>large</c>, with one borough's tile outlined; null when the site has no map.</summary>
    public BoroughMapView? DrawBoroughMap(string size, string? current = null) =>
        Boroughs is { } map ? new BoroughMapView(map, this, size, current) : null;

    public IReadOnlyList<TaxonomyView> Taxonomies { get; }

    public TaxonomyView Taxonomy(string key) => _taxonomies[key];

    public IReadOnlyDictionary<string, TaxonomyView> TaxonomiesByKey => _taxonomies;

    public KindView Kind(Content.EntryKind kind) => _kinds[kind];

    public EntryView Entry(SitePage page) => _entries[page.Slug];

    public EntryView? Entry(string? slug) => slug is not null && _entries.TryGetValue(slug, out var entry) ? entry : null;

    public IReadOnlyList<EntryView> Entries(IEnumerable<SitePage> pages) => [.. pages.Select(Entry)];

    public IReadOnlyList<EntryView> Related(string slug) => _related.TryGetValue(slug, out var slugs) ? Entries(Graph.Resolve(slugs)) : [];

    /// <summary>Terms by slug, in the given order; a slug the vocabulary does not have is left out.</summary>
    public IReadOnlyList<TermView> TermsOf(TaxonomyView taxonomy, IEnumerable<string> slugs) =>
        [.. slugs.Select(taxonomy.Find).OfType<TermView>()];

    public IReadOnlyList<LinkView> NamesOrLinks(IEnumerable<string> values) =>
        [.. values.Select(v => Graph.Find(v) is { } page ? new LinkView(page.Title, page.Url) : new LinkView(v))];

    public string Permalink(string url) => new Uri(Graph.Config.BaseUrl, url).AbsoluteUri;

    public IReadOnlyList<LinkView> Crumbs(params (string Name, string? Url)[] trail) =>
        [new LinkView("Home", Urls.Home), .. trail.Select(t => new LinkView(t.Name, t.Url))];

    /// <summary>The menu of options' page for a need (/menu/prevention/) or another term (/menu/crime-types/knives/).</summary>
    /// <summary>The menu's form with one field pre-filled: the field names are the form's (menu-page.js reads them).</summary>
    public string? MenuFormUrl(Taxonomy taxonomy, string term)
    {
        var field = taxonomy.Key switch
        {
            "needs" => "need",
            "crime_types" => "crime_type",
            "gang_types" => "gang_type",
            "focus" => "focus",
            "boroughs" => "borough",
            "communities" => "community",
            "audiences" => "audience",
            _ => null,
        };
        return field is null ? null : $"{Urls.Menu}?{field}={Uri.EscapeDataString(term)}";
    }

    public string MenuUrl(Taxonomy taxonomy, string term) =>
        taxonomy.Key == "needs" ? $"{Urls.Menu}{term}/" : $"{Urls.Menu}{taxonomy.UrlSegment}/{term}/";

    /// <summary>The highest marking among what a page shows; OFFICIAL when it shows no entry.</summary>
    public static string Marking(IEnumerable<SitePage> pages) =>
        ClassificationNames.Format(pages.Select(p => p.Entry.Classification).DefaultIfEmpty(Classification.Official).Max());
}
