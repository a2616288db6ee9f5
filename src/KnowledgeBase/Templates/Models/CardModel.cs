namespace KnowledgeBase.Templates.Models;

/// <summary>An entry as listings show it: title, summary and the few facts that help choose.</summary>
public sealed record CardModel(
    string Title,
    string Url,
    string Summary,
    string Kind,
    string? Status,
    IReadOnlyList<string> Needs,
    string? Evidence,
    bool Stale);
