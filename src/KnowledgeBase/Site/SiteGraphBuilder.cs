using System.Collections.Concurrent;
using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;

namespace KnowledgeBase.Site;

/// <summary>
/// Assembles the site graph: decides what is published, renders each body once (in parallel, results kept
/// in input order) with links resolved against the published entries only. A builder kept from one build to the
/// next (kb serve keeps one) renders again only the bodies that changed, while every link target and the glossary
/// stay as they were.
/// </summary>
public sealed class SiteGraphBuilder(MarkdownRenderer markdown)
{
    private readonly ConcurrentDictionary<string, RenderedBody> _bodies = new(StringComparer.Ordinal);
    private (Dictionary<string, LinkTarget> Targets, Glossary Glossary, string BasePath)? _renderedWith;

    public SiteGraph Build(SiteConfig config, ContentSet content, DateOnly buildDate, DiagnosticBag diagnostics)
    {
        var urls = new SiteUrls(config.BasePath);
        CheckReservedSlugs(content, diagnostics);
        var targets = content.Entries.ToDictionary(
            e => $"{EntryKinds.Folder(e.Kind)}/{e.Slug}.md",
            e => new LinkTarget(e.Slug, urls.Entry(e), Publication.IsPublished(e, config)),
            StringComparer.Ordinal);
        if (_renderedWith is not { } last || !ReferenceEquals(last.Glossary, content.Glossary) || last.BasePath != config.BasePath
            || last.Targets.Count != targets.Count || targets.Any(t => !last.Targets.TryGetValue(t.Key, out var was) || was != t.Value))
        {
            _bodies.Clear();
        }

        _renderedWith = (targets, content.Glossary, config.BasePath);

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
        var rendered = RenderBody(entry, config, content, targets, diagnostics);
        var due = entry.ReviewBy ?? entry.Reviewed?.AddMonths(config.ReviewIntervalMonths);
        return new SitePage(entry, rendered, url, due, due is { } d && d < buildDate);
    }

    /// <summary>The body's HTML, from the last build when the same text was rendered against the same links and glossary.</summary>
    private RenderedMarkdown RenderBody(Entry entry, SiteConfig config, ContentSet content, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
    {
        if (_bodies.TryGetValue(entry.SourcePath, out var last) && last.BodyLine == entry.BodyLine && last.Body == entry.Body)
        {
            diagnostics.AddRange(last.Diagnostics);
            return last.Rendered;
        }

        var contentPath = entry.SourcePath[(entry.SourcePath.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var (rendered, reported) = diagnostics.Recording(own =>
            markdown.Render(entry.Body, new MarkdownContext(entry.SourcePath, contentPath, entry.BodyLine, targets, content.Glossary, config.BasePath, own)));
        _bodies[entry.SourcePath] = new RenderedBody(entry.Body, entry.BodyLine, rendered, reported);
        return rendered;
    }

    private sealed record RenderedBody(string Body, int BodyLine, RenderedMarkdown Rendered, IReadOnlyList<Diagnostic> Diagnostics);

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
