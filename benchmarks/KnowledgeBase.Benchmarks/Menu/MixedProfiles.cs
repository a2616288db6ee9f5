using KnowledgeBase.Menu;
using System.Collections.Immutable;

namespace KnowledgeBase.Benchmarks.Menu;

/// <summary>
/// Profiles of every kind a commander sends: empty, needs only, facet-heavy, several boroughs, free text only,
/// and everything at once, drawn with a fixed seed so runs compare.
/// </summary>
internal static class MixedProfiles
{
    public static IReadOnlyList<MenuProfile> Create(MenuCatalog catalog, int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => (i % 6) switch
        {
            0 => MenuProfile.Empty,
            1 => new MenuProfile { Needs = Some(random, catalog, MenuFacets.Needs, 1, 2) },
            2 => Facets(random, catalog) with { Text = "" },
            3 => new MenuProfile { Needs = Some(random, catalog, MenuFacets.Needs, 1, 1), Boroughs = Some(random, catalog, MenuFacets.Boroughs, 3, 5) },
            4 => new MenuProfile { Text = SyntheticCatalog.Sentence(random, random.Next(3, 12)) },
            _ => Facets(random, catalog) with { Text = SyntheticCatalog.Sentence(random, random.Next(3, 12)) + " crime 3 borough 7" },
        })];
    }

    private static MenuProfile Facets(Random random, MenuCatalog catalog) => new()
    {
        Needs = Some(random, catalog, MenuFacets.Needs, 1, 3),
        CrimeTypes = Some(random, catalog, MenuFacets.CrimeTypes, 0, 2),
        GangTypes = Some(random, catalog, MenuFacets.GangTypes, 0, 1),
        Focus = Some(random, catalog, MenuFacets.Focus, 0, 2),
        Boroughs = Some(random, catalog, MenuFacets.Boroughs, 0, 2),
        Communities = Some(random, catalog, MenuFacets.Communities, 0, 1),
        Audiences = Some(random, catalog, MenuFacets.Audiences, 0, 2),
    };

    private static ImmutableArray<string> Some(Random random, MenuCatalog catalog, string facet, int min, int max)
    {
        var terms = catalog.VocabularyOf(facet).Terms;
        return [.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => terms[random.Next(terms.Length)].Slug).Distinct()];
    }
}
