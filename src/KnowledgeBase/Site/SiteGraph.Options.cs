using KnowledgeBase.Menu;

namespace KnowledgeBase.Site;

/// <summary>The options as the menu of options sees them.</summary>
public sealed partial class SiteGraph
{
    private MenuCatalog? _menuCatalog;

    /// <summary>The options as the menu of options ranks them; made once per graph, shared by the pages, the data file and the APIs.</summary>
    public MenuCatalog MenuCatalog => LazyInitializer.EnsureInitialized(ref _menuCatalog, () => MenuCatalogs.From(this));
}
