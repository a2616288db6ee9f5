namespace KnowledgeBase.Templates.Models;

/// <summary>A titled group of cards, e.g. the options serving one need.</summary>
public sealed record GroupModel(string Title, string? Id, string? Description, IReadOnlyList<CardModel> Cards);
