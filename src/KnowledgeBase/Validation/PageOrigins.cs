using KnowledgeBase.Output;
using KnowledgeBase.Site;

namespace KnowledgeBase.Validation;

/// <summary>Where each page of a build came from: its templates (as the renderer recorded them) and its entry's body.</summary>
public static class PageOrigins
{
    public static IReadOnlyDictionary<string, PageOrigin> Of(SiteGraph graph, IEnumerable<OutputFile> files)
    {
        var bodies = graph.Pages.Concat(graph.Home is { } home ? [home] : [])
            .DistinctBy(p => p.Url, StringComparer.Ordinal)
            .ToDictionary(p => graph.Urls.FileFor(p.Url), StringComparer.Ordinal);
        return files.Where(f => f.Templates.Count > 0).ToDictionary(
            f => f.Path,
            f => bodies.TryGetValue(f.Path, out var page)
                ? new PageOrigin(page.Entry.SourcePath, page.Rendered.Links, f.Templates)
                : new PageOrigin(null, [], f.Templates),
            StringComparer.Ordinal);
    }
}
