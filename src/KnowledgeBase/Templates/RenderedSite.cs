using KnowledgeBase.Output;

namespace KnowledgeBase.Templates;

/// <summary>The template stage's result: the pages written (in the pages' order), and what the sitemap lists.</summary>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Pages, IReadOnlyList<SitemapEntry> Sitemap);
