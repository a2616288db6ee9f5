using KnowledgeBase.Menu;
using KnowledgeBase.Search;

namespace KnowledgeBase.Site;

/// <summary>
/// The menu of options over a built site: the published options, the free text ranked through the site's
/// search index, and raw fields (as a command line or query string gives them) read into a profile.
/// </summary>
public sealed class MenuService
{
    public MenuService(SiteGraph graph, ISearchEngine? search)
    {
        Catalog = MenuCatalogs.From(graph);
        Engine = new MenuEngine(Catalog, search is null ? null : new SearchTextRelevance(search));
        Parser = new MenuProfileParser(Catalog);
    }

    public MenuCatalog Catalog { get; }

    public MenuEngine Engine { get; }

    public MenuProfileParser Parser { get; }

    /// <summary>Answers raw fields ("need", "crime-type", "text"...). Bad values give an answer with a message listing what is allowed.</summary>
    public MenuAnswer Answer(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> fields, int limit)
    {
        var parsed = Parser.Parse(fields);
        var answer = parsed.IsValid ? Engine.Recommend(parsed.Profile, limit) : MenuAnswer.Problem(parsed.Profile, parsed.Message!);
        return answer with { Readings = parsed.Readings };
    }
}
