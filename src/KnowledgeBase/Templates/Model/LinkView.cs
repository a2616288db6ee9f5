namespace KnowledgeBase.Templates.Model;

/// <summary>A name that may be a link (<c>url</c> null when it is plain text): menus, breadcrumbs, an entry's partners.</summary>
public sealed record LinkView(string Name, string? Url = null);
