namespace KnowledgeBase.Templates.Model;

/// <summary>A titled group of entries on a listing, e.g. the options serving one need; <c>id</c> is its anchor, when it has one.</summary>
public sealed record GroupView(string Title, string? Id, string? Description, IReadOnlyList<EntryView> Entries);
