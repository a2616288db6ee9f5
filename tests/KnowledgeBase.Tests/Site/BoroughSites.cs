using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Site;

/// <summary>
/// A small site for the borough map: three of the grid's boroughs, one spelt its own way (richmond), one borough
/// the grid has no square for, and entries of every kind of reach, with a withheld and a draft one that must count nowhere.
/// </summary>
public static class BoroughSites
{
    public static readonly string Taxonomies = SiteFixture.Taxonomies.Replace(
        """
            - {slug: southwark, name: Southwark}
        """,
        """
            - {slug: southwark, name: Southwark}
            - {slug: croydon, name: Croydon}
            - {slug: richmond, name: Richmond upon Thames}
            - {slug: heathrow-airport, name: Heathrow Airport}
        """,
        StringComparison.Ordinal);

    public static readonly string Files = $$"""
        -- content/taxonomies.yml --
        {{Taxonomies}}
        -- content/options/knife-arches.md --
        ---
        title: Knife arches
        summary: Walk-through metal detectors at stations.
        needs: [enforcement]
        boroughs: [lambeth, croydon]
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/options/terminal-patrols.md --
        ---
        title: Terminal patrols
        summary: Patrols at the airport.
        needs: [prevention]
        boroughs: [heathrow-airport]
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/boards/london-board.md --
        ---
        title: London board
        summary: A board for the whole of London.
        scope: london-wide
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/programmes/national-unit.md --
        ---
        title: National unit
        summary: A unit working across the country.
        scope: national
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/options/covert-lambeth.md --
        ---
        title: Covert Lambeth work
        summary: Withheld from an OFFICIAL build.
        needs: [intelligence]
        boroughs: [lambeth]
        sources: ["MPS response ¶26"]
        classification: OFFICIAL-SENSITIVE
        reviewed: 2026-11-01
        ---
        Body.
        -- content/options/draft-croydon.md --
        ---
        title: Draft Croydon work
        summary: A draft, built only with --drafts.
        needs: [intelligence]
        boroughs: [croydon]
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        draft: true
        reviewed: 2026-11-01
        ---
        Body.
        """;
}
