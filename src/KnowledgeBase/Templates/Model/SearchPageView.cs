namespace KnowledgeBase.Templates.Model;

/// <summary>The search page: the form's filters and where its scripts find an answer.</summary>
public sealed class SearchPageView : PageView
{
    public required IReadOnlyList<FilterView> Filters { get; init; }

    /// <summary>The static index (search-index.json) the page answers from on a plain web server.</summary>
    public required string IndexUrl { get; init; }

    /// <summary>kb serve's search API, asked first.</summary>
    public required string ApiUrl { get; init; }
}
