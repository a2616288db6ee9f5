using KnowledgeBase.Content;
using KnowledgeBase.Menu;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Templates;

/// <summary>The menu of options' pages: its form, and a static page per need and per crime type.</summary>
public sealed partial class SitePages
{
    /// <summary>
    /// The most options a static answer shows for one need. A ranked menu is read from the top: a large manual's
    /// need has thousands of options, which the term's own page lists in full.
    /// </summary>
    internal const int AnswerOptionsPerNeed = 25;

    /// <summary>
    /// The form page, and a page per need and per crime type with options (answered here by the same engine),
    /// so every option is reachable by browsing, with no script.
    /// </summary>
    private IEnumerable<PageJob> MenuPages()
    {
        var engine = new MenuEngine(catalog);
        var needs = model.Taxonomy("needs");
        var crimes = model.Taxonomy("crime_types");
        var optionCount = _graph.OfKind(EntryKind.Option).Length;
        var marking = TemplateModel.Marking(_graph.OfKind(EntryKind.Option));
        var crimesWithOptions = crimes.Terms.Where(t => t.OptionCount > 0).ToList();
        var browse = new MenuBrowseView(
            [.. needs.Terms.Select(t => new LinkView(t.Name, t.MenuUrl))],
            [.. crimesWithOptions.Select(t => new LinkView(t.Name, t.MenuUrl))]);
        yield return new PageJob(_urls.Menu, "menu", () => new MenuPageView
        {
            Title = "Menu of options",
            Description = "Recommended intelligence, prevention and enforcement options for a commander's problem.",
            Url = _urls.Menu,
            Permalink = model.Permalink(_urls.Menu),
            Type = "menu",
            Marking = marking,
            Breadcrumbs = model.Crumbs(("Menu of options", null)),
            Needs = needs.Terms,
            Filters =
            [
                Filter("crime_type", "crime_types"), Filter("gang_type", "gang_types"), Filter("borough", "boroughs"),
                Filter("community", "communities"), Filter("audience", "audiences"), Filter("focus", "focus"),
            ],
            DataUrl = _urls.BasePath + Output.MenuFiles.Data,
            ApiUrl = _urls.BasePath + "api/menu",
            Browse = browse,
        }, null);

        foreach (var (term, profile) in needs.Terms.Select(t => (t, new MenuProfile { Needs = [t.Slug] }))
            .Concat(crimesWithOptions.Select(t => (t, new MenuProfile { CrimeTypes = [t.Slug] }))))
        {
            var title = term.Taxonomy == "needs" ? $"{term.Name} options" : $"Options for {term.Name.ToLowerInvariant()}";
            yield return new PageJob(term.MenuUrl, "menu-answer", () => new MenuAnswerPageView
            {
                Title = title,
                Description = term.Description,
                Url = term.MenuUrl,
                Permalink = model.Permalink(term.MenuUrl),
                Type = "menu",
                Marking = marking,
                Breadcrumbs = model.Crumbs(("Menu of options", _urls.Menu), (title, null)),
                Groups = [.. engine.Recommend(profile, optionCount).Groups
                    .Select(g => new MenuGroupView(g.Title, g.Need,
                        [.. g.Options.Take(AnswerOptionsPerNeed).Select(o => new RecommendationView(o))], g.Options.Length))],
                All = new LinkView(term.Name, term.Url),
                Browse = browse,
            }, null);
        }
    }
}
