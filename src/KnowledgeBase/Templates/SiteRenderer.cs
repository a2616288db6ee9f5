using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Menu;
using KnowledgeBase.Output;
using KnowledgeBase.Site;
using KnowledgeBase.Templates.Models;

namespace KnowledgeBase.Templates;

/// <summary>
/// Lays out every page of the site with the theme's templates: home, entries, kind listings, taxonomy and term
/// pages, the glossary and the 404 page. Each page renders its own layout, then <c>base.hbs</c> wraps it.
/// </summary>
/// <param name="related">Each entry's related entries by slug, as the related-entries stage found them.</param>
public sealed class SiteRenderer(SiteGraph graph, IReadOnlyDictionary<string, ImmutableArray<string>> related, TemplateEngine templates)
{
    private readonly ViewModelFactory _models = new(graph, related);
    private readonly SiteUrls _urls = graph.Urls;

    /// <summary>
    /// A page to write: its URL, the layout of its content, and its frame. The model is made when the page is
    /// rendered, on whichever core renders it, so listing the pages costs nothing.
    /// </summary>
    private sealed record PageJob(string Url, string Layout, Func<object> Model, Func<string, LayoutModel> Frame, DateOnly? LastModified, bool InSitemap = true);

    private List<PageJob>? _jobs;

    private List<PageJob> AllJobs => _jobs ??= [.. Jobs()];

    public IReadOnlyList<OutputFile> RenderAll(IProgress<int>? progress = null)
    {
        var jobs = AllJobs;
        var files = new OutputFile?[jobs.Count];
        var done = 0;
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var inner = templates.Render(job.Layout, job.Model());
            var html = inner is null ? null : templates.Render("base", job.Frame(inner));
            if (html is not null)
            {
                files[i] = OutputFile.Text(_urls.FileFor(job.Url), html) with { Templates = [TemplateEngine.LayoutPath(job.Layout), TemplateEngine.LayoutPath("base")] };
            }

            progress?.Report(Interlocked.Increment(ref done));
        });

        var output = files.OfType<OutputFile>().ToList();
        output.Add(SitemapWriter.Write(graph, jobs.Where(j => j.InSitemap).Select(j => (j.Url, j.LastModified))));
        output.Add(AtomFeedWriter.Write(graph));
        return output;
    }

    public int PageCount => AllJobs.Count;

    private IEnumerable<PageJob> Jobs()
    {
        yield return Home();
        foreach (var page in graph.Pages)
        {
            yield return page.Entry.Kind == EntryKind.Page ? Article(page) : EntryPage(page);
        }

        foreach (var kind in EntryKinds.Listed)
        {
            yield return KindList(kind);
        }

        foreach (var taxonomy in graph.Content.Taxonomies.Facets)
        {
            yield return new PageJob(_urls.Taxonomy(taxonomy), "taxonomy",
                () => new TaxonomyPageModel(taxonomy.Title, taxonomy.Description, _models.Terms(taxonomy)),
                html => _models.Layout(taxonomy.Title, taxonomy.Description, _urls.Taxonomy(taxonomy), "taxonomy", Marking(graph.Entries), _models.Crumbs((taxonomy.Title, null)), html),
                null);
            foreach (var term in taxonomy.Terms)
            {
                var pages = graph.WithTerm(taxonomy.Key, term.Slug);
                var url = _urls.Term(taxonomy, term.Slug);
                var title = $"{taxonomy.Singular}: {term.Name}";
                var parentUrl = _urls.Taxonomy(taxonomy);
                yield return new PageJob(url, "list",
                    () => new ListPageModel(term.Name, term.Description, Jump(_models.ByKind(pages)), _models.ByKind(pages), pages.Length, taxonomy.Title, parentUrl),
                    html => _models.Layout(title, term.Description, url, "term", Marking(pages), _models.Crumbs((taxonomy.Title, _urls.Taxonomy(taxonomy)), (term.Name, null)), html),
                    null);
            }
        }

        yield return Glossary();
        yield return SearchPage();
        foreach (var job in MenuPages())
        {
            yield return job;
        }
        yield return new PageJob(_urls.BasePath + "404.html", "404", () => new NotFoundPageModel(_models.Site),
            html => _models.Layout("Page not found", "", _urls.Home, "not-found", "OFFICIAL", _models.Crumbs(("Page not found", null)), html, noIndex: true),
            null, InSitemap: false);
    }

    private PageJob Home()
    {
        var home = graph.Home;
        var needs = graph.Taxonomy("needs");
        var model = new HomePageModel(
            _models.Site,
            home?.Title ?? graph.Config.Title,
            home?.Entry.Summary ?? graph.Config.Description,
            home?.Rendered.Html ?? "",
            [.. needs.Terms.Select(t => new TermModel(t.Name, MenuUrl(needs, t.Slug), t.Description, graph.WithTerm("needs", t.Slug).Count(p => p.Entry.Kind == EntryKind.Option)))],
            [.. EntryKinds.Listed.Select(k => new TermModel(EntryKinds.Plural(k), _urls.Kind(k), EntryKinds.Describe(k), graph.OfKind(k).Count()))],
            [.. graph.Content.Taxonomies.Facets.Where(t => t.Key != "needs").Select(t => new TermModel(t.Title, _urls.Taxonomy(t), t.Description, t.Terms.Length))],
            _models.Cards(graph.RecentlyReviewed(graph.Config.RecentEntries)));
        return new PageJob(_urls.Home, "home", () => model,
            html => _models.Layout(graph.Config.Title, model.Summary, _urls.Home, "home", Marking(graph.Entries), [], html),
            graph.Entries.Select(p => p.Entry.Reviewed).Max());
    }

    private PageJob EntryPage(SitePage page)
    {
        var kind = page.Entry.Kind;
        return new PageJob(page.Url, "entry", () => _models.EntryPage(page),
            html => _models.Layout(page.Title, page.Entry.Summary, page.Url, EntryKinds.Id(kind), ClassificationNames.Format(page.Entry.Classification),
                _models.Crumbs((EntryKinds.Plural(kind), _urls.Kind(kind)), (page.Title, null)), html),
            page.Entry.Reviewed);
    }

    private PageJob Article(SitePage page)
    {
        var model = new ArticlePageModel(page.Title, page.Entry.Summary, page.Rendered.Html,
            [.. page.Rendered.Toc.Select(t => new TocModel(t.Id, t.Text, t.Level > 2))], page.Entry.Sources);
        return new PageJob(page.Url, "page", () => model,
            html => _models.Layout(page.Title, page.Entry.Summary, page.Url, "page", ViewModelFactory.Marking([page.Entry.Classification]),
                _models.Crumbs((page.Title, null)), html),
            page.Entry.Reviewed);
    }

    private PageJob KindList(EntryKind kind)
    {
        var pages = graph.OfKind(kind).ToList();
        var url = _urls.Kind(kind);
        IReadOnlyList<GroupModel> groups = kind == EntryKind.Option
            ? [.. graph.Taxonomy("needs").Terms.Select(n => new GroupModel(n.Name, n.Slug, n.Description, _models.Cards(pages.Where(p => p.Entry.Needs.Contains(n.Slug)))))]
            : [new GroupModel(EntryKinds.Plural(kind), null, null, _models.Cards(pages))];
        var model = new ListPageModel(EntryKinds.Plural(kind), EntryKinds.Describe(kind), kind == EntryKind.Option ? Jump(groups) : [], groups, pages.Count, null, null);
        return new PageJob(url, "list", () => model,
            html => _models.Layout(EntryKinds.Plural(kind), EntryKinds.Describe(kind), url, "list", Marking(pages), _models.Crumbs((EntryKinds.Plural(kind), null)), html),
            null);
    }

    private PageJob Glossary()
    {
        var terms = graph.Content.Glossary.Terms;
        var groups = terms
            .GroupBy(t => char.ToUpperInvariant(t.Acronym[0]).ToString())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GlossaryLetterModel(g.Key, $"letter-{g.Key.ToLowerInvariant()}", [.. g.Select(t => new GlossaryItemModel(
                t.Acronym, Slugs.From(t.Acronym), t.Expansion, t.Definition,
                graph.Find(t.Entry) is { } entry ? new LinkModel(entry.Title, entry.Url) : null))]))
            .ToList();
        var model = new GlossaryPageModel([.. groups.Select(g => new LinkModel(g.Letter, "#" + g.Id))], groups);
        return new PageJob(_urls.Glossary, "glossary", () => model,
            html => _models.Layout("Glossary", "Acronyms and abbreviations used in the manual.", _urls.Glossary, "glossary", "OFFICIAL", _models.Crumbs(("Glossary", null)), html),
            null);
    }

    private PageJob SearchPage()
    {
        var model = new SearchPageModel(
            _models.Site,
            [
                new FilterModel("kind", "Kind", [.. EntryKinds.Listed.Select(k => new LinkModel(EntryKinds.Singular(k), EntryKinds.Id(k)))]),
                Filter("need", "needs"),
                Filter("crime_type", "crime_types"),
                Filter("borough", "boroughs"),
            ],
            _urls.BasePath + Output.SearchIndexFiles.StaticIndex,
            _urls.BasePath + "api/search",
            _urls.Asset("search.js"),
            _urls.Asset("search-page.js"),
            _urls.Kind(EntryKind.Programme),
            _urls.Kind(EntryKind.Board));
        return new PageJob(_urls.Search, "search", () => model,
            html => _models.Layout("Search", "Search the Gangs Manual.", _urls.Search, "search", Marking(graph.Entries), _models.Crumbs(("Search", null)), html, noIndex: true),
            null, InSitemap: false);
    }

    /// <summary>
    /// The menu's form page, and a static page per need and per crime type (answered here by the same engine),
    /// so every option is reachable by browsing, with no script.
    /// </summary>
    private IEnumerable<PageJob> MenuPages()
    {
        var engine = new MenuEngine(graph.MenuCatalog);
        var needs = graph.Taxonomy("needs");
        var crimes = graph.Taxonomy("crime_types");
        var optionCount = graph.OfKind(EntryKind.Option).Count();
        IReadOnlyList<LinkModel> byNeed = [.. needs.Terms.Select(t => new LinkModel(t.Name, MenuUrl(needs, t.Slug)))];
        IReadOnlyList<LinkModel> byCrime = [.. crimes.Terms
            .Where(t => graph.WithTerm(crimes.Key, t.Slug).Any(p => p.Entry.Kind == EntryKind.Option))
            .Select(t => new LinkModel(t.Name, MenuUrl(crimes, t.Slug)))];
        var form = new MenuPageModel(
            _models.Site,
            [.. needs.Terms.Select(t => new FilterModel(t.Slug, t.Name, []))],
            [Filter("crime_type", "crime_types"), Filter("gang_type", "gang_types"), Filter("borough", "boroughs"),
             Filter("community", "communities"), Filter("audience", "audiences"), Filter("focus", "focus")],
            _urls.BasePath + Output.MenuFiles.Data,
            _urls.BasePath + "api/menu",
            _urls.Asset("menu.js"),
            _urls.Asset("menu-page.js"),
            byNeed,
            byCrime);
        yield return new PageJob(_urls.Menu, "menu", () => form,
            html => _models.Layout("Menu of options", "Recommended intelligence, prevention and enforcement options for a commander's problem.", _urls.Menu, "menu", Marking(graph.OfKind(EntryKind.Option)), _models.Crumbs(("Menu of options", null)), html),
            null);

        foreach (var (taxonomy, term, profile) in needs.Terms.Select(t => (needs, t, new MenuProfile { Needs = [t.Slug] }))
            .Concat(crimes.Terms.Where(t => byCrime.Any(l => l.Text == t.Name)).Select(t => (crimes, t, new MenuProfile { CrimeTypes = [t.Slug] }))))
        {
            var url = MenuUrl(taxonomy, term.Slug);
            var title = taxonomy.Key == "needs" ? $"{term.Name} options" : $"Options for {term.Name.ToLowerInvariant()}";
            yield return new PageJob(url, "menu-answer",
                () => new MenuAnswerModel(title, term.Description, _models.MenuGroups(engine.Recommend(profile, optionCount)), _urls.Menu, byNeed, byCrime),
                html => _models.Layout(title, term.Description, url, "menu", Marking(graph.OfKind(EntryKind.Option)), _models.Crumbs(("Menu of options", _urls.Menu), (title, null)), html),
                null);
        }
    }

    /// <summary>A select box of a form: a query parameter and the terms of one vocabulary (slug as the value).</summary>
    private FilterModel Filter(string key, string taxonomy) =>
        new(key, graph.Taxonomy(taxonomy).Singular, [.. graph.Taxonomy(taxonomy).Terms.Select(t => new LinkModel(t.Name, t.Slug))]);

    private string MenuUrl(Taxonomy taxonomy, string term) =>
        taxonomy.Key == "needs" ? $"{_urls.Menu}{term}/" : $"{_urls.Menu}{taxonomy.UrlSegment}/{term}/";

    private static IReadOnlyList<LinkModel> Jump(IReadOnlyList<GroupModel> groups) =>
        groups.Count > 1 ? [.. groups.Where(g => g.Id is not null).Select(g => new LinkModel(g.Title, "#" + g.Id))] : [];

    private static string Marking(IEnumerable<SitePage> pages) => ViewModelFactory.Marking(pages.Select(p => p.Entry.Classification));
}
