using System.Collections.Immutable;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Site.Boroughs;

/// <summary>
/// How much of the manual runs in each borough, laid on the <see cref="LondonSquared"/> grid: a tile per borough
/// with the published entries naming it and its shade, the London-wide work apart, and any borough of the
/// vocabulary the grid has no square for.
/// </summary>
public sealed record BoroughMap(ImmutableArray<BoroughTile> Tiles, ImmutableArray<TaxonomyTerm> Unplaced, LondonWideWork LondonWide, ShadeScale Scale)
{
    /// <summary>The vocabulary the map draws: the front matter field <c>boroughs</c>.</summary>
    public const string TaxonomyKey = "boroughs";

    /// <summary>The map of a site, or null when its boroughs vocabulary names none of the grid's boroughs (it is not a London site).</summary>
    public static BoroughMap? From(SiteGraph graph)
    {
        var taxonomy = graph.Taxonomy(TaxonomyKey);
        var terms = LondonSquared.Places.Select(place => (Place: place, Term: TermFor(taxonomy, place))).ToList();
        if (terms.All(t => t.Term is null))
        {
            return null;
        }

        var entries = terms.Select(t => t.Term is null ? [] : graph.WithTerm(TaxonomyKey, t.Term.Slug)).ToList();
        var scale = ShadeScale.For(entries.Select(e => e.Length).DefaultIfEmpty(0).Max());
        var placed = terms.Select(t => t.Term).OfType<TaxonomyTerm>().Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        return new BoroughMap(
            [.. terms.Select((t, i) => new BoroughTile(t.Place, t.Term, entries[i], scale.LevelOf(entries[i].Length)))],
            [.. taxonomy.Terms.Where(t => !placed.Contains(t.Slug)).DistinctBy(t => t.Slug)],
            LondonWideOf(graph),
            scale);
    }

    /// <summary>The tile of a borough term, or null when the grid has no square for it.</summary>
    public BoroughTile? Find(string termSlug) => Tiles.FirstOrDefault(t => t.Term?.Slug == termSlug);

    // A site may spell a slug its own way ("richmond"); the borough's name still finds its square.
    private static TaxonomyTerm? TermFor(Taxonomy taxonomy, BoroughPlace place) =>
        taxonomy.Find(place.Slug) ?? taxonomy.Terms.FirstOrDefault(t => string.Equals(t.Name, place.Name, StringComparison.OrdinalIgnoreCase));

    private static LondonWideWork LondonWideOf(SiteGraph graph) => new(
        [.. graph.Entries.Where(p => p.Entry.Scope == EntryScope.LondonWide)],
        [.. graph.Entries.Where(p => p.Entry.Scope == EntryScope.National)],
        [.. graph.Entries.Where(p => p.Entry.Scope is null or EntryScope.Local && p.Entry.Boroughs.IsEmpty)]);
}
