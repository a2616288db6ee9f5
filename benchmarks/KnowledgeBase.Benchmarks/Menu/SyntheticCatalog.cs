using KnowledgeBase.Menu;
using System.Collections.Immutable;

namespace KnowledgeBase.Benchmarks.Menu;

/// <summary>
/// A seeded catalog shaped like the manual at scale: vocabularies of the real sizes, options with one to three
/// terms per facet (skewed, so some terms are common and some rare), programmes with boroughs, Zipf-ish words.
/// </summary>
internal static class SyntheticCatalog
{
    public static readonly ImmutableArray<string> Words = [.. Enumerable.Range(0, 3000).Select(i => $"w{i}")];

    public static MenuCatalog Create(int count, int seed)
    {
        var random = new Random(seed);
        var vocabularies = new[]
        {
            Vocabulary(MenuFacets.Needs, ["intelligence", "prevention", "enforcement"]),
            Vocabulary(MenuFacets.CrimeTypes, Terms("crime", 15)),
            Vocabulary(MenuFacets.GangTypes, ["peer-groups", "street-gangs", "organised-criminal-networks"]),
            Vocabulary(MenuFacets.Focus, ["offenders", "locations", "victims"]),
            Vocabulary(MenuFacets.Boroughs, Terms("borough", 33)),
            Vocabulary(MenuFacets.Communities, [.. Terms("community", 5), MenuFacets.AllCommunities]),
            Vocabulary(MenuFacets.Audiences, [.. Terms("audience", 10), "offenders"]),
        }.ToImmutableArray();
        var programmes = Enumerable.Range(0, 300).Select(p => new MenuProgramme(
            $"programme-{p}", $"Programme {p}", $"/programmes/programme-{p}/",
            random.Next(3) == 0 ? [] : Pick(random, vocabularies[4], 1, 6), (MenuStatus)random.Next(5))).ToArray();

        var options = Enumerable.Range(0, count).Select(i => new MenuOptionData
        {
            Slug = $"option-{i:D5}",
            Title = $"Option {i} {Sentence(random, 4)}",
            Url = $"/options/option-{i:D5}/",
            Summary = Sentence(random, 20),
            Needs = Pick(random, vocabularies[0], 1, 2),
            CrimeTypes = Pick(random, vocabularies[1], 0, 4),
            GangTypes = Pick(random, vocabularies[2], 0, 2),
            Focus = Pick(random, vocabularies[3], 0, 3),
            Boroughs = random.Next(3) == 0 ? [] : Pick(random, vocabularies[4], 1, 8),
            Communities = Pick(random, vocabularies[5], 0, 2),
            Audiences = Pick(random, vocabularies[6], 0, 4),
            Status = (MenuStatus)random.Next(5),
            Evidence = (MenuEvidence)random.Next(5),
            Programmes = [.. Enumerable.Range(0, random.Next(3)).Select(_ => programmes[random.Next(programmes.Length)]).DistinctBy(p => p.Slug)],
            Keywords = [.. Enumerable.Range(0, 6).Select(_ => Sentence(random, 2))],
            Body = Sentence(random, 150),
        }).ToImmutableArray();
        return new MenuCatalog(options, vocabularies);
    }

    /// <summary>A word drawn with a skew towards the first words, as real text is.</summary>
    public static string Word(Random random) => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2.5))];

    public static string Sentence(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)));

    private static MenuVocabulary Vocabulary(string facet, string[] slugs) =>
        new(facet, facet, facet, [.. slugs.Select(s => new MenuTerm(s, s.Replace('-', ' ')))]);

    private static string[] Terms(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => $"{prefix}-{i}")];

    /// <summary>Between min and max terms, skewed so low-numbered terms are common and high-numbered rare.</summary>
    private static ImmutableArray<string> Pick(Random random, MenuVocabulary vocabulary, int min, int max)
    {
        var n = random.Next(min, max + 1);
        return [.. Enumerable.Range(0, n)
            .Select(_ => vocabulary.Terms[(int)(vocabulary.Terms.Length * Math.Pow(random.NextDouble(), 1.7))].Slug)
            .Distinct()];
    }
}
