namespace KnowledgeBase.Menu;

/// <summary>A link to another entry of the manual, such as an option's lead.</summary>
public sealed record MenuLink(string Slug, string Title, string Url);
