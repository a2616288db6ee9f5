namespace KnowledgeBase.Templates.Model;

/// <summary>The menu's static pages, for browsing without a script: one per need, one per crime type with options.</summary>
public sealed record MenuBrowseView(IReadOnlyList<LinkView> ByNeed, IReadOnlyList<LinkView> ByCrimeType);
