using KnowledgeBase.Configuration;
using KnowledgeBase.Content;

namespace KnowledgeBase.Templates.Model;

/// <summary>What every template knows of the site as <c>site</c>: its settings, menus, vocabularies and entries.</summary>
public sealed class SiteView
{
    private readonly TemplateModel _model;

    public SiteView(TemplateModel model)
    {
        _model = model;
        Links = new SiteLinks(model.Urls);
        Menus = new SiteMenus(
        [
            .. EntryKinds.Listed.Select(k => new LinkView(EntryKinds.Plural(k), model.Urls.Kind(k))),
            new LinkView("Glossary", model.Urls.Glossary),
            new LinkView("About", model.Graph.Find("about")?.Url),
        ]);
        Kinds = [.. EntryKinds.Listed.Select(model.Kind)];
    }

    private SiteConfig Config => _model.Graph.Config;

    public string Title => Config.Title;

    public string Description => Config.Description;

    public string Language => Config.Language;

    /// <summary>The absolute URL the site is published at, from site.config.yml.</summary>
    public string BaseUrl => Config.BaseUrl.AbsoluteUri;

    public string Owner => Config.Owner;

    public string Contact => Config.Contact;

    /// <summary>The date the build judges review deadlines by (SOURCE_DATE_EPOCH when set).</summary>
    public DateOnly BuildDate => _model.Graph.BuildDate;

    /// <summary>The highest marking this build publishes (max_classification): OFFICIAL, ...</summary>
    public string Classification => ClassificationNames.Format(Config.MaxClassification);

    /// <summary>The site's own pages: home, search, menu (of options), glossary, feed, sitemap.</summary>
    public SiteLinks Links { get; }

    /// <summary>The navigation menus; <c>main</c> is the header's: the kinds' listings, the glossary, About.</summary>
    public SiteMenus Menus { get; }

    /// <summary>The kinds of entry the site lists: programmes, boards, options.</summary>
    public IReadOnlyList<KindView> Kinds { get; }

    /// <summary>Every vocabulary of content/taxonomies.yml, in the file's order.</summary>
    public IReadOnlyList<TaxonomyView> Taxonomies => _model.Taxonomies;

    /// <summary>The same vocabularies by key: <c>site.taxonomy.needs</c>.</summary>
    public IReadOnlyDictionary<string, TaxonomyView> Taxonomy => _model.TaxonomiesByKey;

    /// <summary>Every published entry (programmes, boards, options), by title.</summary>
    public IReadOnlyList<EntryView> Entries => _model.Entries(_model.Graph.Entries);

    /// <summary>The entries reviewed most recently, newest first, as many as recent_entries says.</summary>
    public IReadOnlyList<EntryView> RecentlyReviewed => _model.Entries(_model.Graph.RecentlyReviewed(Config.RecentEntries));
}
