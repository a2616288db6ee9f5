using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Menu;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Boroughs;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Templates;

/// <summary>
/// Every page of the site and the layout that draws it: home, entries, kind listings, vocabularies and terms,
/// the source documents, the glossary, search, the menu of options (its form and a page per need and crime type) and the 404 page.
/// </summary>
public sealed partial class SitePages(TemplateModel model, MenuCatalog catalog)
{
    private readonly SiteGraph _graph = model.Graph;
    private readonly SiteUrls _urls = model.Urls;

    public IReadOnlyList<PageJob> List() => [.. Jobs()];

    private IEnumerable<PageJob> Jobs()
    {
        yield return Home();
        foreach (var page in _graph.Pages)
        {
            yield return new PageJob(page.Url, page.Entry.Kind == EntryKind.Page ? "page" : "entry", () => model.Entry(page), page.Entry.Reviewed);
        }

        foreach (var kind in EntryKinds.Listed)
        {
            yield return KindList(kind);
        }

        foreach (var taxonomy in model.Taxonomies)
        {
            yield return TaxonomyPage(taxonomy);
            foreach (var term in taxonomy.Terms)
            {
                yield return TermPage(taxonomy, term);
            }
        }

        foreach (var job in SourcePages())
        {
            yield return job;
        }

        foreach (var job in PicturePages())
        {
            yield return job;
        }

        yield return Glossary();
        yield return SearchPage();
        foreach (var job in MenuPages())
        {
            yield return job;
        }

        yield return new PageJob(_urls.BasePath + "404.html", "404", () => new PlainPageView
        {
            Title = "Page not found",
            Url = _urls.Home,
            Permalink = model.Permalink(_urls.Home),
            Type = "not-found",
            Marking = TemplateModel.Marking([]),
            Breadcrumbs = model.Crumbs(("Page not found", null)),
            NoIndex = true,
        }, null, InSitemap: false);
    }

    private PageJob Home()
    {
        var home = _graph.Home;
        return new PageJob(_urls.Home, "home", () => new HomePageView
        {
            Title = home?.Title ?? _graph.Config.Title,
            Description = home?.Entry.Summary ?? _graph.Config.Description,
            Url = _urls.Home,
            Permalink = model.Permalink(_urls.Home),
            Type = "home",
            Marking = TemplateModel.Marking(_graph.Entries),
            Content = new Engine.TrustedHtml(home?.Rendered.Html ?? ""),
            BoroughMap = model.DrawBoroughMap("small"),
        }, _graph.Entries.Select(p => p.Entry.Reviewed).Max());
    }

    private PageJob KindList(EntryKind kind)
    {
        var url = _urls.Kind(kind);
        return new PageJob(url, "list", () =>
        {
            var pages = _graph.OfKind(kind);
            var entries = model.Entries(pages);
            IReadOnlyList<GroupView> groups = kind == EntryKind.Option
                ? [.. ByNeed(entries).Select(g => new GroupView(g.Need.Name, g.Need.Slug, g.Need.Description, g.Options))]
                : [new GroupView(EntryKinds.Plural(kind), null, null, entries)];
            return new ListPageView
            {
                Title = EntryKinds.Plural(kind),
                Description = EntryKinds.Describe(kind),
                Url = url,
                Permalink = model.Permalink(url),
                Type = "list",
                Marking = TemplateModel.Marking(pages),
                Breadcrumbs = model.Crumbs((EntryKinds.Plural(kind), null)),
                Groups = groups,
                Count = pages.Length,
                Kind = model.Kind(kind),
            };
        }, null);
    }

    private PageJob TaxonomyPage(TaxonomyView taxonomy) => new(taxonomy.Url, "taxonomy", () => new TaxonomyPageView
    {
        Title = taxonomy.Title,
        Description = taxonomy.Description,
        Url = taxonomy.Url,
        Permalink = model.Permalink(taxonomy.Url),
        Type = "taxonomy",
        Marking = TemplateModel.Marking(_graph.Entries),
        Breadcrumbs = model.Crumbs((taxonomy.Title, null)),
        Taxonomy = taxonomy,
        BoroughMap = taxonomy.Key == BoroughMap.TaxonomyKey ? model.DrawBoroughMap("large") : null,
    }, null);

    private PageJob TermPage(TaxonomyView taxonomy, TermView term) => new(term.Url, "list", () =>
    {
        var pages = _graph.WithTerm(taxonomy.Key, term.Slug);
        return new ListPageView
        {
            Title = $"{taxonomy.Singular}: {term.Name}",
            Description = term.Description,
            Url = term.Url,
            Permalink = model.Permalink(term.Url),
            Type = "term",
            Marking = TemplateModel.Marking(pages),
            Breadcrumbs = model.Crumbs((taxonomy.Title, taxonomy.Url), (term.Name, null)),
            Groups = [.. EntryKinds.Listed
                .SelectMany(k => TermGroups(taxonomy, k, model.Entries(pages.Where(p => p.Entry.Kind == k))))
                .Where(g => g.Entries.Count > 0)],
            Count = pages.Length,
            Term = term,
            Taxonomy = taxonomy,
            BoroughMap = taxonomy.Key == BoroughMap.TaxonomyKey ? model.DrawBoroughMap("small", term.Slug) : null,
        };
    }, null);

    /// <summary>
    /// A term's entries of one kind; its options as a commander chooses them, by the need they serve (an option
    /// serving two needs is under both), then any that name no need. A need's own page lists its options as one group.
    /// </summary>
    private IEnumerable<GroupView> TermGroups(TaxonomyView taxonomy, EntryKind kind, IReadOnlyList<EntryView> entries)
    {
        if (kind != EntryKind.Option || taxonomy.Key == "needs")
        {
            yield return new GroupView(EntryKinds.Plural(kind), EntryKinds.Folder(kind), null, entries);
            yield break;
        }

        foreach (var (need, options) in ByNeed(entries))
        {
            yield return new GroupView($"{need.Name} options", $"options-{need.Slug}", null, options);
        }

        yield return new GroupView("Options for no need named", "options-other", null, [.. entries.Where(e => e.Needs.Count == 0)]);
    }

    /// <summary>The options serving each need, in the needs' order.</summary>
    private IEnumerable<(TermView Need, IReadOnlyList<EntryView> Options)> ByNeed(IReadOnlyList<EntryView> options) =>
        model.Taxonomy("needs").Terms.Select(n => (n, (IReadOnlyList<EntryView>)[.. options.Where(e => e.Needs.Any(t => t.Slug == n.Slug))]));

    private PageJob Glossary() => new(_urls.Glossary, "glossary", () => new GlossaryPageView
    {
        Title = "Glossary",
        Description = "Acronyms and abbreviations used in the manual.",
        Url = _urls.Glossary,
        Permalink = model.Permalink(_urls.Glossary),
        Type = "glossary",
        Marking = TemplateModel.Marking([]),
        Breadcrumbs = model.Crumbs(("Glossary", null)),
        Letters = [.. _graph.Content.Glossary.Terms
            .GroupBy(t => char.ToUpperInvariant(t.Acronym[0]).ToString())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GlossaryLetterView(g.Key, $"letter-{g.Key.ToLowerInvariant()}", [.. g.Select(t => new GlossaryTermView(t, model))]))],
    }, null);

    private PageJob SearchPage() => new(_urls.Search, "search", () => new SearchPageView
    {
        Title = "Search",
        Description = "Search the Gangs Manual.",
        Url = _urls.Search,
        Permalink = model.Permalink(_urls.Search),
        Type = "search",
        Marking = TemplateModel.Marking(_graph.Entries),
        Breadcrumbs = model.Crumbs(("Search", null)),
        NoIndex = true,
        Filters =
        [
            new FilterView("kind", "Kind", [.. EntryKinds.Listed.Select(k => new FilterChoiceView(EntryKinds.Id(k), EntryKinds.Singular(k)))]),
            Filter("need", "needs"),
            Filter("crime_type", "crime_types"),
            Filter("borough", "boroughs"),
        ],
        IndexUrl = _urls.BasePath + Output.SearchIndexFiles.StaticIndex,
        ApiUrl = _urls.BasePath + "api/search",
    }, null, InSitemap: false);

    /// <summary>A select box of a form: a query parameter and the terms of one vocabulary (slug as the value).</summary>
    private FilterView Filter(string key, string taxonomy) =>
        new(key, model.Taxonomy(taxonomy).Singular, [.. model.Taxonomy(taxonomy).Terms.Select(t => new FilterChoiceView(t.Slug, t.Name))]);
}
