using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Related;
using KnowledgeBase.Site;
using KnowledgeBase.Templates;
using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>
/// The link check reads each partial's output once per build and the rest of each page on its own: every page of the
/// real manual must give the same links and ids as reading it whole.
/// </summary>
public sealed class PageScannerTests
{
    [Fact]
    public void EveryPageOfTheManual_ReadInParts_GivesTheLinksAndIdsOfReadingItWhole()
    {
        var diagnostics = new DiagnosticBag();
        var (config, _, graph) = new SiteBuilder().Assemble(new BuildRequest(Repository.Root, SiteFixture.BuildDate), diagnostics);
        using var search = SearchIndexFiles.Build(graph);
        var related = RelatedEntries.Find(search, SearchDocuments.EditorsPicks(graph));
        var pages = SiteBuilder.RenderPages(new KnowledgeBase.Templates.Model.TemplateModel(graph, related), MenuCatalogs.From(graph), new ThemeSource(Repository.Root, config.Theme), diagnostics, null).Pages;
        Assert.False(diagnostics.HasErrors);

        var cache = new PageScanCache();
        var scanner = new PageScanner(cache);
        foreach (var page in pages)
        {
            var html = System.Text.Encoding.UTF8.GetString(page.Bytes);
            var whole = scanner.Scan(html);
            var parts = scanner.Scan(page);
            Assert.True(whole.Ids.SetEquals(parts.Ids), page.Path);
            Assert.Equal(whole.Links.Order(StringComparer.Ordinal), parts.Links.Order(StringComparer.Ordinal));
        }

        // The header, footer and cards are partials on most pages, and most of them the same text on many.
        var fragments = pages.SelectMany(p => p.Fragments).ToList();
        Assert.True(pages.Count(p => p.Fragments.Length >= 2) > pages.Count * 9 / 10);
        Assert.True(cache.PartialCount * 3 < fragments.Count, $"{cache.PartialCount} distinct of {fragments.Count}");
    }

    [Fact]
    public void FragmentsOutOfPlace_AreReadAsPartOfThePage()
    {
        var scanner = new PageScanner(new PageScanCache());
        const string html = "<p id=\"a\"><a href=\"/x/\">x</a></p><ul><li><a href=\"/y/\">y</a></li></ul>";
        var start = html.IndexOf("<li>", StringComparison.Ordinal);
        HtmlFragment[] fragments = [new(start, html.IndexOf("</ul>", StringComparison.Ordinal) - start, []), new(3, 4, []), new(html.Length - 2, 10, [])];

        var page = OutputFile.Text("page.html", html) with { Fragments = [.. fragments] };

        var scan = scanner.Scan(page);

        Assert.Equal(["/x/", "/y/"], scan.Links.Order(StringComparer.Ordinal));
        Assert.Equal(["a"], scan.Ids);
    }
}
