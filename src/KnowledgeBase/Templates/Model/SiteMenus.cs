namespace KnowledgeBase.Templates.Model;

/// <summary>The site's navigation menus by name.</summary>
/// <param name="Main">The header's menu. An item whose page is not published (About) has no URL.</param>
public sealed record SiteMenus(IReadOnlyList<LinkView> Main);
