namespace KnowledgeBase.Markdown;

/// <summary>One heading in a page's table of contents.</summary>
public sealed record TocItem(int Level, string Id, string Text);
