namespace KnowledgeBase.Templates.Models;

/// <summary>A table-of-contents line; sub-sections (level 3) are indented.</summary>
public sealed record TocModel(string Id, string Text, bool Sub);
