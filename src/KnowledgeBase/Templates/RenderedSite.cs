using KnowledgeBase.Output;

namespace KnowledgeBase.Templates;

/// <summary>
/// The template stage's result: the pages written (in the pages' order), and what the sitemap lists.
/// </summary>
/// <param name="PageCount">Every page laid out (an incremental rebuild lays out some); more than <paramref name="Pages"/> holds when a template failed.</param>
public sealed record RenderedSite(IReadOnlyList<OutputFile> Pages, IReadOnlyList<SitemapEntry> Sitemap, int PageCount)
{
    /// <summary>The file of every page the site has, laid out this time or not.</summary>
    public IReadOnlySet<string> PagePaths { get; init; } = new HashSet<string>();

    /// <summary>True when every page was laid out (no template failed).</summary>
    public bool Complete => Pages.Count == PageCount;
}
