using KnowledgeBase.Output;
using KnowledgeBase.Templates.Engine;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Templates;

/// <summary>
/// Lays out every page with the theme: its own layout with <c>site</c> and <c>page</c>, then <c>base.sbnhtml</c>
/// around it with the layout's HTML as <c>main</c>. Pages render in parallel on every core; the files come back
/// in the pages' order, so output does not depend on which core finished first.
/// </summary>
public sealed class SiteRenderer(TemplateModel model, IReadOnlyList<PageJob> jobs, TemplateEngine templates)
{
    public int PageCount => jobs.Count;

    /// <param name="only">The pages to lay out (an incremental rebuild's); every page when null.</param>
    public RenderedSite RenderAll(IProgress<int>? progress = null, Func<PageJob, bool>? only = null)
    {
        var chosen = only is null ? jobs : [.. jobs.Where(only)];
        var files = new OutputFile?[chosen.Count];
        var done = 0;
        Parallel.For(0, chosen.Count, i =>
        {
            var job = chosen[i];
            var page = job.Page();
            var inner = templates.Render(job.Layout, new Dictionary<string, object?>(StringComparer.Ordinal) { ["site"] = model.Site, ["page"] = page });
            var html = inner is null ? null : templates.Render("base", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["site"] = model.Site,
                ["page"] = page,
                ["main"] = inner,
            });
            if (html is not null)
            {
                // The theme files the page was laid out with, its own layout first: the link check names them for a
                // broken link the content did not write (and looks in the partials after them).
                files[i] = OutputFile.Text(model.Urls.FileFor(job.Url), html.Value) with
                {
                    Templates = [ThemeTemplates.LayoutPath(job.Layout), ThemeTemplates.LayoutPath("base")],
                    Fragments = html.Fragments,
                };
            }

            progress?.Report(Interlocked.Increment(ref done));
        });

        return new RenderedSite(
            [.. files.OfType<OutputFile>()],
            [.. jobs.Where(j => j.InSitemap).Select(j => new SitemapEntry(j.Url, j.LastModified))],
            chosen.Count)
        {
            PagePaths = jobs.Select(j => model.Urls.FileFor(j.Url)).ToHashSet(StringComparer.Ordinal),
        };
    }
}
