namespace KnowledgeBase.Templates.Model;

/// <summary>The menu of options' form: needs to tick, the facets' select boxes, and where answers come from.</summary>
public sealed class MenuPageView : PageView
{
    public required IReadOnlyList<TermView> Needs { get; init; }

    public required IReadOnlyList<FilterView> Filters { get; init; }

    /// <summary>menu-data.json, which menu.js ranks from on a plain web server.</summary>
    public required string DataUrl { get; init; }

    /// <summary>kb serve's menu API, asked first.</summary>
    public required string ApiUrl { get; init; }

    public required MenuBrowseView Browse { get; init; }
}
