using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Menu;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Site;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>
/// The real manual's menu catalog and free-text relevance, made by the real pipeline: the site graph's options
/// and the site's own search index, as kb menu and kb serve wire them.
/// </summary>
internal static class ManualMenu
{
    private static readonly Lazy<(MenuCatalog Catalog, ITextRelevance Search)> Manual = new(() =>
    {
        var (_, _, graph) = new SiteBuilder().Assemble(new BuildRequest(Repository.Root, SiteFixture.BuildDate), new DiagnosticBag());
        var index = SearchIndexFiles.Build(graph);
        return (MenuCatalogs.From(graph), new SearchTextRelevance(new LuceneSearchEngine(index)));
    });

    public static MenuCatalog Catalog => Manual.Value.Catalog;

    public static ITextRelevance SiteSearch => Manual.Value.Search;
}
