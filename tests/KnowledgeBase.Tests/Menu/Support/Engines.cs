using KnowledgeBase.Menu;
namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>Engines over the real manual, built once per test run.</summary>
internal static class Engines
{
    private static readonly Lazy<MenuEngine> WithBm25Engine = new(() =>
        new MenuEngine(ManualMenu.Catalog, ManualMenu.SiteSearch));

    private static readonly Lazy<MenuEngine> WithOverlapEngine = new(() =>
        new MenuEngine(ManualMenu.Catalog, new TermOverlapRelevance(ManualMenu.Catalog)));

    /// <summary>As the site wires it: text relevance from a BM25 index.</summary>
    public static MenuEngine Bm25 => WithBm25Engine.Value;

    /// <summary>As the browser ranks: text relevance from word overlap.</summary>
    public static MenuEngine Overlap => WithOverlapEngine.Value;
}
