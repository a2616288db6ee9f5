using KnowledgeBase.Output;

namespace KnowledgeBase.Templates;

/// <summary>
/// The template stage's result: the pages written (in the pages' order), and what the sitemap lists.
/// </summary>
/// <param name="PageCount">Every page the site has; more than <paramref name="Pages"/> holds when a template failed.</param>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Pages, IReadOnlyList<SitemapEntry> Sitemap, int PageCount)
{
    /// <summary>True when every page was laid out (no template failed).</summary>
    public bool Complete => Pages.Count == PageCount;
}
