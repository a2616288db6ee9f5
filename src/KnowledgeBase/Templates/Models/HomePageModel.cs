namespace KnowledgeBase.Templates.Models;

/// <summary>The model of the home page: purpose, the way in by need, search, and recent reviews.</summary>
public sealed record HomePageModel(
    SiteModel Site,
    string Title,
    string Summary,
    string IntroHtml,
    IReadOnlyList<TermModel> Needs,
    IReadOnlyList<TermModel> Sections,
    IReadOnlyList<TermModel> Browse,
    IReadOnlyList<CardModel> Recent);
