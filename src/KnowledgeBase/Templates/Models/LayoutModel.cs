namespace KnowledgeBase.Templates.Models;

/// <summary>The model of <c>layouts/base.hbs</c>, which wraps every page's own content.</summary>
/// <param name="Marking">The protective marking shown at the top and bottom of the page: the highest of what it shows.</param>
/// <param name="Content">The page's own HTML, already rendered by its layout.</param>
public sealed record LayoutModel(
    SiteModel Site,
    string Title,
    string Description,
    string CanonicalUrl,
    string PageKind,
    string Marking,
    IReadOnlyList<LinkModel> Breadcrumbs,
    string Content,
    bool NoIndex)
{
    /// <summary>The browser tab's title: the page's, then the site's; the home page shows the site's alone.</summary>
    public string DocumentTitle => PageKind == "home" || Title == Site.Title ? Site.Title : $"{Title} – {Site.Title}";
}
