using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Menu;
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
        var folder = Directory.CreateTempSubdirectory("kb-menu-").FullName;
        var index = Path.Combine(folder, "search.db");
        new SqliteSearchIndexWriter().Write(index, SearchDocuments.From(graph), SearchDocuments.Lexicon(graph));
        return (MenuCatalogs.From(graph), new Serialised(new SearchTextRelevance(new SqliteSearchEngine(index))));
    });

    public static MenuCatalog Catalog => Manual.Value.Catalog;

    public static ITextRelevance SiteSearch => Manual.Value.Search;

    /// <summary>One SQLite connection answers one query at a time; test classes run in parallel.</summary>
    private sealed class Serialised(ITextRelevance inner) : ITextRelevance
    {
        private readonly Lock _gate = new();

        public IReadOnlyDictionary<string, double> Score(string text)
        {
            lock (_gate)
            {
                return inner.Score(text);
            }
        }
    }
}
