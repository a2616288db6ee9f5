namespace KnowledgeBase.Output;

/// <summary>A page as the sitemap lists it: its site URL and last-modified date.</summary>
public sealed record SitemapEntry(string Url, DateOnly? LastModified);
