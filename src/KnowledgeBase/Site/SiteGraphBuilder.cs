using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;

namespace KnowledgeBase.Site;

/// <summary>
/// Assembles the site graph: decides what is published, renders each body once (in parallel, results kept
/// in input order) with links resolved against the published entries only.
/// </summary>
public sealed class SiteGraphBuilder(MarkdownRenderer markdown)
{
    public SiteGraph Build(SiteConfig config, ContentSet content, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        var urls = new SiteUrls(config.BasePath);
        CheckReservedSlugs(content, diagnostics);
        var targets = content.Entries.ToDictionary(
            e => $"{EntryKinds.Folder(e.Kind)}/{e.Slug}.md",
            e => new LinkTarget(e.Slug, urls.Entry(e), Publication.IsPublished(e, config)),
            StringComparer.Ordinal);

        var withheld = content.Entries.Where(e => !Publication.IsPublished(e, config)).Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        var published = content.Entries.Where(e => Publication.IsPublished(e, config))
            .Select(e => WithheldReferences.Strip(e, withheld.Contains, diagnostics)).ToList();
        var pages = new SitePage[published.Count];
        Parallel.For(0, published.Count, i => pages[i] = Render(published[i], urls.Entry(published[i]), config, content, targets, buildDate, diagnostics));

        SitePage? home = null;
        if (content.Home is { } homeEntry)
        {
            home = Render(WithheldReferences.Strip(homeEntry, withheld.Contains, diagnostics), urls.Home, config, content, targets, buildDate, diagnostics);
        }

        return new SiteGraph(config, content, urls, buildDate, SiteGraph.Sorted(pages), home);
    }

    private SitePage Render(Entry entry, string url, SiteConfig config, ContentSet content,
        IReadOnlyDictionary<string, LinkTarget> targets, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        var contentPath = entry.SourcePath[(entry.SourcePath.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var context = new MarkdownContext(entry.SourcePath, contentPath, entry.BodyLine, targets, content.Glossary, config.BasePath, diagnostics);
        var rendered = markdown.Render(entry.Body, context);
        var due = entry.ReviewBy ?? entry.Reviewed?.AddMonths(config.ReviewIntervalMonths);
        return new SitePage(entry, rendered, url, due, due is { } d && d < buildDate);
    }

    private static void CheckReservedSlugs(ContentSet content, DiagnosticBag diagnostics)
    {
        foreach (var page in content.Entries.Where(e => e.Kind == EntryKind.Page))
        {
            if (SiteUrls.Reserved.Contains(page.Slug) || content.Taxonomies.Facets.Any(t => t.UrlSegment == page.Slug))
            {
                diagnostics.Error(new SourceLocation(page.SourcePath, 1, 1), DiagnosticCodes.DuplicateSlug,
                    $"the page slug '{page.Slug}' is a folder the site itself uses; rename the file");
            }
        }
    }
}
