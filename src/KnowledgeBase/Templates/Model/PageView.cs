namespace KnowledgeBase.Templates.Model;

/// <summary>
/// What every page is, whatever its layout: <c>base.sbnhtml</c> frames each page from these. Each layout's page
/// adds its own members (an entry's fields, a listing's groups).
/// </summary>
public abstract class PageView
{
    public string Title { get; init; } = "";

    /// <summary>One line saying what the page is: the meta description, and the lead under the title.</summary>
    public string Description { get; init; } = "";

    /// <summary>The page's URL from the site root, with the base path: /options/x/.</summary>
    public string Url { get; init; } = "";

    /// <summary>The absolute URL, for the canonical link.</summary>
    public string Permalink { get; init; } = "";

    /// <summary>What sort of page: home, programme, board, option, page, list, taxonomy, term, glossary, search, menu, not-found.</summary>
    public string Type { get; init; } = "";

    /// <summary>The protective marking shown at the top and bottom: the highest of what the page shows.</summary>
    public string Marking { get; init; } = "";

    /// <summary>Home first, the page itself last (with no URL).</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>True for pages search engines should not index (search, 404).</summary>
    public bool NoIndex { get; init; }
}
