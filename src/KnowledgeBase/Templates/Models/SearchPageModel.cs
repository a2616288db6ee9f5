namespace KnowledgeBase.Templates.Models;

/// <summary>The model of the search page: the form's filters and where the page's scripts find an answer.</summary>
/// <param name="ApiUrl">kb serve's search API; the page falls back to the static index when it is absent.</param>
public sealed record SearchPageModel(
    SiteModel Site,
    IReadOnlyList<FilterModel> Filters,
    string IndexUrl,
    string ApiUrl,
    string IndexScriptUrl,
    string PageScriptUrl,
    string ProgrammesUrl,
    string BoardsUrl);

/// <summary>A select box of the search form: its query parameter, label and choices (value in Url).</summary>
public sealed record FilterModel(string Key, string Label, IReadOnlyList<LinkModel> Options);
