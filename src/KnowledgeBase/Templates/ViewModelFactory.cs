using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Site;
using KnowledgeBase.Templates.Models;

namespace KnowledgeBase.Templates;

/// <summary>Builds the view models templates see from the site graph: templates hold no logic, only layout.</summary>
/// <param name="related">Each entry's related entries by slug (editors' picks, then the index's suggestions).</param>
public sealed partial class ViewModelFactory(SiteGraph graph, IReadOnlyDictionary<string, ImmutableArray<string>> related)
{
    private readonly SiteUrls _urls = graph.Urls;

    public SiteModel Site { get; } = new(
        graph.Config.Title,
        graph.Config.Description,
        graph.Config.Language,
        graph.Urls.Home,
        graph.Urls.Search,
        graph.Urls.Menu,
        graph.Urls.Glossary,
        graph.Urls.Feed,
        graph.Urls.Asset("site.css"),
        graph.Urls.Asset("site.js"),
        graph.Config.Owner,
        graph.Config.Contact,
        [
            .. EntryKinds.Listed.Select(k => new LinkModel(EntryKinds.Plural(k), graph.Urls.Kind(k))),
            new LinkModel("Glossary", graph.Urls.Glossary),
            new LinkModel("About", graph.Find("about") is { } about ? about.Url : null),
        ]);

    public CardModel Card(SitePage page) => new(
        page.Title,
        page.Url,
        page.Entry.Summary,
        EntryKinds.Singular(page.Entry.Kind),
        page.Entry.Status is { } s ? Enums.Name(s) : null,
        [.. page.Entry.Needs.Select(n => TermName("needs", n))],
        page.Entry.Evidence is { } e ? Enums.Name(e.Level) : null,
        page.IsStale);

    public IReadOnlyList<CardModel> Cards(IEnumerable<SitePage> pages) => [.. pages.Select(Card)];

    public string TermName(string taxonomy, string slug) => graph.Taxonomy(taxonomy).Find(slug)?.Name ?? slug;

    public static string Marking(IEnumerable<Classification> levels) =>
        ClassificationNames.Format(levels.DefaultIfEmpty(Classification.Official).Max());

    public LayoutModel Layout(string title, string description, string url, string kind, string marking,
        IReadOnlyList<LinkModel> breadcrumbs, string content, bool noIndex = false) =>
        new(Site, title, description, new Uri(graph.Config.BaseUrl, url).AbsoluteUri, kind, marking, breadcrumbs, content, noIndex);

    public IReadOnlyList<LinkModel> Crumbs(params (string Text, string? Url)[] trail) =>
        [new LinkModel("Home", _urls.Home), .. trail.Select(t => new LinkModel(t.Text, t.Url))];

    /// <summary>Entries grouped by kind, in the site's kind order; empty groups left out.</summary>
    public IReadOnlyList<GroupModel> ByKind(IEnumerable<SitePage> pages)
    {
        var list = pages.ToList();
        return
        [
            .. EntryKinds.Listed
                .Select(k => new GroupModel(EntryKinds.Plural(k), EntryKinds.Folder(k), null, Cards(list.Where(p => p.Entry.Kind == k))))
                .Where(g => g.Cards.Count > 0),
        ];
    }

    public IReadOnlyList<TermModel> Terms(Taxonomy taxonomy) =>
        [.. taxonomy.Terms.Select(t => new TermModel(t.Name, _urls.Term(taxonomy, t.Slug), t.Description, graph.WithTerm(taxonomy.Key, t.Slug).Length))];
}
