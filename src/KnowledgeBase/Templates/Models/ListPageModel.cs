namespace KnowledgeBase.Templates.Models;

/// <summary>The model of listing pages (a kind, a taxonomy term): a title, an introduction and groups of cards.</summary>
public sealed record ListPageModel(
    string Title,
    string Description,
    IReadOnlyList<LinkModel> Jump,
    IReadOnlyList<GroupModel> Groups,
    int Count,
    string? ParentTitle,
    string? ParentUrl);
