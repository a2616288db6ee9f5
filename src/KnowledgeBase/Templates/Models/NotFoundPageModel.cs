namespace KnowledgeBase.Templates.Models;

/// <summary>The model of the 404 page, which can be served at any address and so needs the site's own links.</summary>
public sealed record NotFoundPageModel(SiteModel Site);
