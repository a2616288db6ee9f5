using System.Collections.Immutable;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Site.Boroughs;

/// <summary>One tile of the map: its place, the borough's term (and so its page), the entries naming it and its shade.</summary>
/// <param name="Term">The boroughs vocabulary's term for the tile; null when the site's vocabulary has none, so the tile has no page to link to.</param>
/// <param name="Entries">The published programmes, boards and options whose boroughs include it, by title.</param>
/// <param name="Shade">0 (no entries) to <see cref="ShadeScale.Levels"/>.</param>
public sealed record BoroughTile(BoroughPlace Place, TaxonomyTerm? Term, ImmutableArray<SitePage> Entries, int Shade)
{
    public int Count => Entries.Length;
}
