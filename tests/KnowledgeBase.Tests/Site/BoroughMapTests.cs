using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Site.Boroughs;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Site;

/// <summary>The borough map's data: the grid, what is counted where, the London-wide work and the shades.</summary>
public sealed class BoroughMapTests
{
    [Fact]
    public void LondonSquared_Has33Tiles_AtUniquePositionsInsideTheGrid_WithUniqueSlugsAndLabels()
    {
        var places = LondonSquared.Places;
        Assert.Equal(33, places.Length);
        Assert.Equal(33, places.Select(p => (p.Row, p.Column)).Distinct().Count());
        Assert.Equal(33, places.Select(p => p.Slug).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(33, places.Select(p => p.Label).Distinct(StringComparer.Ordinal).Count());
        Assert.All(places, p =>
        {
            Assert.InRange(p.Row, 1, LondonSquared.Rows);
            Assert.InRange(p.Column, 1, LondonSquared.Columns);
            Assert.InRange(p.Label.Length, 1, 4);
        });
    }

    [Fact]
    public void LondonSquared_HasATileForEveryBoroughOfTheManual_AndNoOther()
    {
        var diagnostics = new DiagnosticBag();
        var taxonomies = TaxonomyLoader.Parse(File.ReadAllText(Path.Combine(Repository.Root, "content", TaxonomyLoader.FileName)), "content/taxonomies.yml", diagnostics);
        var boroughs = taxonomies.Get(BoroughMap.TaxonomyKey).Terms;

        Assert.Equal(boroughs.Select(t => t.Slug).Order(StringComparer.Ordinal), LondonSquared.Places.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.All(LondonSquared.Places, p => Assert.Equal(boroughs.Single(t => t.Slug == p.Slug).Name, p.Name));
    }

    [Fact]
    public void LondonSquared_KeepsTheLayoutsNeighbours()
    {
        // A few relations any Londoner would check: the City in the middle with Westminster west of it and Tower
        // Hamlets east; Enfield alone in the top row, Sutton alone at the bottom; Richmond west of Wandsworth,
        // Kingston south of Richmond's row.
        var at = LondonSquared.Places.ToDictionary(p => p.Slug, p => (p.Row, p.Column), StringComparer.Ordinal);
        Assert.Equal((4, 5), at["city-of-london"]);
        Assert.Equal((4, 4), at["westminster"]);
        Assert.Equal((4, 6), at["tower-hamlets"]);
        Assert.Equal(["enfield"], LondonSquared.Places.Where(p => p.Row == 1).Select(p => p.Slug));
        Assert.Equal(["sutton"], LondonSquared.Places.Where(p => p.Row == LondonSquared.Rows).Select(p => p.Slug));
        Assert.Equal((5, 2), at["richmond-upon-thames"]);
        Assert.Equal((6, 3), at["kingston-upon-thames"]);
    }

    [Fact]
    public void From_CountsThePublishedProgrammesBoardsAndOptionsNamingEachBorough()
    {
        var map = Map();

        Assert.Equal(["knife-arches", "operation-blunt"], Slugs(map.Find("lambeth")!));
        Assert.Equal(["operation-blunt"], Slugs(map.Find("southwark")!));
        Assert.Equal(["knife-arches"], Slugs(map.Find("croydon")!));
        Assert.Equal(33, map.Tiles.Length);
        Assert.Equal(LondonSquared.Places, map.Tiles.Select(t => t.Place));
    }

    [Fact]
    public void From_CountsNoWithheldOrDraftEntry()
    {
        var map = Map();
        var everywhere = map.Tiles.SelectMany(t => t.Entries).Concat(LondonWide(map)).Select(p => p.Slug).ToList();

        Assert.DoesNotContain("covert-lambeth", everywhere);
        Assert.DoesNotContain("draft-croydon", everywhere);
    }

    [Fact]
    public void From_ShowsLondonWideNationalAndBoroughlessWorkApart_AndNeverOnATile()
    {
        var map = Map();

        Assert.Equal(["london-board"], map.LondonWide.LondonWide.Select(p => p.Slug));
        Assert.Equal(["national-unit"], map.LondonWide.National.Select(p => p.Slug));
        Assert.Equal(["anti-knife-education"], map.LondonWide.NoBoroughNamed.Select(p => p.Slug));
        Assert.Equal(3, map.LondonWide.Count);
        var onTiles = map.Tiles.SelectMany(t => t.Entries).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(LondonWide(map), p => onTiles.Contains(p.Slug));
    }

    [Fact]
    public void From_GivesBoroughsTheVocabularyLacksATileWithNoTerm_AndFindsATermByTheBoroughsName()
    {
        var map = Map();

        var city = Assert.Single(map.Tiles, t => t.Place.Slug == "city-of-london");
        Assert.Null(city.Term);
        Assert.Equal(0, city.Count);
        Assert.Equal(0, city.Shade);
        Assert.Equal(29, map.Tiles.Count(t => t.Term is null));
        Assert.Equal("richmond", map.Tiles.Single(t => t.Place.Slug == "richmond-upon-thames").Term?.Slug);
    }

    [Fact]
    public void From_ListsABoroughTheGridHasNoSquareFor_AsUnplaced()
    {
        var map = Map();

        Assert.Equal(["heathrow-airport"], map.Unplaced.Select(t => t.Slug));
        Assert.DoesNotContain(LondonWide(map), p => p.Slug == "terminal-patrols");
    }

    [Fact]
    public void From_ShadesEachTileByItsBand()
    {
        var map = Map();

        // The busiest borough has 2 entries: one band per count, the busiest the darkest.
        Assert.Equal([new ShadeBand(2, 1, 1), new ShadeBand(4, 2, 2)], map.Scale.Bands.ToArray());
        Assert.Equal(4, map.Find("lambeth")!.Shade);
        Assert.Equal(2, map.Find("southwark")!.Shade);
        Assert.Equal(0, map.Find("richmond")!.Shade);
    }

    [Fact]
    public void From_ASiteWithNoLondonBorough_HasNoMap()
    {
        using var site = SiteFixture.Create($"""
            -- content/taxonomies.yml --
            {SiteFixture.Taxonomies.Replace("- {slug: lambeth, name: Lambeth, aliases: [brixton]}\n    - {slug: southwark, name: Southwark}", "- {slug: springfield, name: Springfield}", StringComparison.Ordinal)}
            -- content/programmes/operation-blunt.md --
            {SiteFixture.Programme.Replace("boroughs: [lambeth, southwark]", "boroughs: [springfield]", StringComparison.Ordinal)}
            """);
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Null(BoroughMap.From(result.Graph!));
    }

    [Theory]
    [InlineData(20, new[] { 1, 5, 6, 10, 11, 15, 16, 20 })]
    [InlineData(6, new[] { 1, 1, 2, 3, 4, 4, 5, 6 })]
    [InlineData(4, new[] { 1, 1, 2, 2, 3, 3, 4, 4 })]
    [InlineData(3, new[] { 1, 1, 2, 2, 3, 3 })]
    [InlineData(1, new[] { 1, 1 })]
    public void ShadeScale_CutsOneToTheMostIntoAtMostFourEqualBands_WithoutGapsOrOverlaps(int max, int[] ranges)
    {
        var scale = ShadeScale.For(max);

        Assert.Equal(ranges, scale.Bands.SelectMany(b => new[] { b.From, b.To }));
        Assert.Equal(ShadeScale.Levels, scale.Bands[^1].Level);
        Assert.Equal(scale.Bands.Length, scale.Bands.Select(b => b.Level).Distinct().Count());
        Assert.All(Enumerable.Range(1, max), n => Assert.Equal(scale.Bands.Single(b => n >= b.From && n <= b.To).Level, scale.LevelOf(n)));
        Assert.Equal(0, scale.LevelOf(0));
    }

    [Fact]
    public void ShadeScale_WithNoEntries_HasNoBands()
    {
        Assert.Empty(ShadeScale.For(0).Bands);
        Assert.Equal(0, ShadeScale.For(0).LevelOf(0));
    }

    private static BoroughMap Map()
    {
        using var site = SiteFixture.Create(BoroughSites.Files);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return BoroughMap.From(result.Graph!)!;
    }

    private static IEnumerable<string> Slugs(BoroughTile tile) => tile.Entries.Select(p => p.Slug);

    private static IEnumerable<KnowledgeBase.Site.SitePage> LondonWide(BoroughMap map) =>
        map.LondonWide.LondonWide.Concat(map.LondonWide.National).Concat(map.LondonWide.NoBoroughNamed);
}
