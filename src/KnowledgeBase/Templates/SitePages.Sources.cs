using KnowledgeBase.Content.Sources;
using KnowledgeBase.Site;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Templates;

/// <summary>The source documents as pages, so each citation on an entry links to the paragraph it cites.</summary>
public sealed partial class SitePages
{
    private IEnumerable<PageJob> SourcePages() => _graph.Content.Sources.Documents.Select(SourcePage);

    private PageJob SourcePage(SourceDocument document)
    {
        var url = _urls.Source(document.Slug);
        return new PageJob(url, "source", () =>
        {
            var citing = CitingPages(document);
            return new SourcePageView
            {
                Title = document.Name,
                Description = document.Description,
                Url = url,
                Permalink = model.Permalink(url),
                Type = "source",
                Marking = TemplateModel.Marking([]),
                Breadcrumbs = model.Crumbs(("Sources", null), (document.Name, null)),
                Name = document.Name,
                File = document.File,
                Paragraphs = [.. document.Blocks.Select(b => new SourceParagraphView(
                    b.Number is { } n ? (b.Section.Length == 0 ? $"¶{n}" : $"{b.Section} ¶{n}") : null,
                    b.Anchor,
                    b.Text.Split('\n'),
                    b.Anchor is { } anchor && citing.TryGetValue(anchor, out var pages) ? model.Entries(pages) : []))],
            };
        }, null);
    }

    /// <summary>Paragraph anchor -> the published entries citing it, in the graph's order.</summary>
    private Dictionary<string, List<SitePage>> CitingPages(SourceDocument document)
    {
        var library = _graph.Content.Sources;
        var citing = new Dictionary<string, List<SitePage>>(StringComparer.Ordinal);
        foreach (var page in _graph.Entries)
        {
            var anchors = page.Entry.Sources
                .Select(s => SourceCitationChecker.Resolve(s, library))
                .Where(c => c is not null && c.Value.Document.Slug == document.Slug)
                .SelectMany(c => c!.Value.Citation.Marks.SelectMany(m => Enumerable.Range(m.First, Math.Max(0, m.Last - m.First) + 1))
                    .Select(n => document.Find(c.Value.Citation.Section, n)?.Anchor))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal);
            foreach (var anchor in anchors)
            {
                if (!citing.TryGetValue(anchor, out var list))
                {
                    citing[anchor] = list = [];
                }

                list.Add(page);
            }
        }

        return citing;
    }
}
