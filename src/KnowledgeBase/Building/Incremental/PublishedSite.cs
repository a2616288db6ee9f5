using System.Collections.Immutable;
using KnowledgeBase.Menu;
using KnowledgeBase.Output;
using KnowledgeBase.Site;

namespace KnowledgeBase.Building.Incremental;

/// <summary>
/// The site a build wrote, as an incremental rebuild starts from it: the request, the output folder, the theme (which
/// an incremental rebuild never changes), the graph and related lists its pages were laid out with, the menu catalog,
/// and every file it wrote, by path.
/// </summary>
/// <param name="Unsettled">True after an incremental rebuild wrote the edited pages but not yet the search index,
/// related lists and menu data they change (<see cref="SiteUpdater.Settle"/> does).</param>
internal sealed record PublishedSite(
    BuildRequest Request,
    string Output,
    Templates.ThemeSource Theme,
    SiteGraph Graph,
    IReadOnlyDictionary<string, ImmutableArray<string>> Related,
    MenuCatalog Catalog,
    IReadOnlyDictionary<string, OutputFile> Files,
    bool Unsettled = false);
