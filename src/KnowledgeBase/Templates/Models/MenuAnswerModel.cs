namespace KnowledgeBase.Templates.Models;

/// <summary>A static menu page: the options for one need or one crime type, grouped by need, with reasons.</summary>
public sealed record MenuAnswerModel(
    string Title,
    string Description,
    IReadOnlyList<MenuGroupModel> Groups,
    string MenuUrl,
    IReadOnlyList<LinkModel> ByNeed,
    IReadOnlyList<LinkModel> ByCrimeType);

public sealed record MenuGroupModel(string Title, string Need, IReadOnlyList<MenuOptionModel> Options);

/// <summary>One recommended option as a page shows it: why it was chosen, who leads it, who to involve.</summary>
public sealed record MenuOptionModel(
    string Title,
    string Url,
    string Score,
    string? Status,
    string? Evidence,
    IReadOnlyList<string> Reasons,
    LinkModel? Lead,
    IReadOnlyList<LinkModel> Partners,
    IReadOnlyList<LinkModel> Programmes);
