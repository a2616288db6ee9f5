using System.Collections.Immutable;

namespace KnowledgeBase.Site.Boroughs;

/// <summary>
/// The work the map shows apart from the tiles, because it belongs to no one borough: entries whose scope is
/// London-wide, those whose scope is national, and those that name no borough (which the manual reads as
/// London-wide, as the menu of options does). Each list is by title.
/// </summary>
public sealed record LondonWideWork(ImmutableArray<SitePage> LondonWide, ImmutableArray<SitePage> National, ImmutableArray<SitePage> NoBoroughNamed)
{
    public int Count => LondonWide.Length + National.Length + NoBoroughNamed.Length;
}
