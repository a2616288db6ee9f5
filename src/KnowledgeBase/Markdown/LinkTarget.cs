namespace KnowledgeBase.Markdown;

/// <summary>What a <c>.md</c> link can point to: an entry's slug, its site URL, and whether this build publishes it.</summary>
public sealed record LinkTarget(string Slug, string Url, bool Published);
