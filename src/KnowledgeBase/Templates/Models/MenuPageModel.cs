namespace KnowledgeBase.Templates.Models;

/// <summary>The model of the menu of options page: the form's choices and where the answer comes from.</summary>
/// <param name="DataUrl">menu-data.json: what menu.js ranks from on a plain web server.</param>
/// <param name="ApiUrl">kb serve's menu API, asked first.</param>
public sealed record MenuPageModel(
    SiteModel Site,
    IReadOnlyList<FilterModel> Needs,
    IReadOnlyList<FilterModel> Facets,
    string DataUrl,
    string ApiUrl,
    string EngineScriptUrl,
    string PageScriptUrl,
    IReadOnlyList<LinkModel> ByNeed,
    IReadOnlyList<LinkModel> ByCrimeType);
