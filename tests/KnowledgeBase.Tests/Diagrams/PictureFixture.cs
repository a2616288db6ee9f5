using KnowledgeBase.Site;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Diagrams;

/// <summary>
/// A small manual with a governance structure and dates, written from one string: a strategic board with an
/// operations board reporting to it and a local panel (inferred) reporting to that, a board with no line at all,
/// a directorate the operations board governs and which leads the local panel and Operation Blunt, and an option
/// Blunt leads that the operations board governs (inferred). Blunt and the panel have dates; the rest do not.
/// </summary>
internal static class PictureFixture
{
    public const string Files = """
        -- content/boards/strategic-board.md --
        ---
        title: Strategic Board
        summary: The senior board.
        sources: ["MPS response ¶1"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/boards/operations-board.md --
        ---
        title: Operations Board
        summary: Drives delivery.
        reports_to: [strategic-board]
        sources: ["MPS response ¶2"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/boards/local-panel.md --
        ---
        title: Local Panel
        summary: A borough panel.
        reports_to: [operations-board]
        lead: directorate
        started: 2005-12
        ended: 2007
        inferred: [reports_to]
        inferred_reason: The panel's minutes go to the Operations Board.
        sources: ["MPS response ¶3"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/boards/lonely-board.md --
        ---
        title: Lonely Board
        summary: A board with no recorded line.
        sources: ["MPS response ¶4"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/programmes/directorate.md --
        ---
        title: The Directorate
        summary: The directorate.
        governed_by: [operations-board]
        sources: ["MPS response ¶5"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/programmes/operation-blunt.md --
        ---
        title: Operation Blunt
        summary: The corporate response to knife-enabled crime.
        needs: [prevention, enforcement]
        lead: directorate
        status: active
        started: 2004-07
        sources: ["MPS response ¶26-28"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        -- content/options/anti-knife-education.md --
        ---
        title: Anti-knife education and prevention programmes for young people in schools and youth clubs across London
        summary: Education and prevention programmes against knife crime.
        needs: [prevention]
        lead: operation-blunt
        governed_by: [operations-board]
        inferred: [governed_by]
        inferred_reason: The Operations Board governs the directorate's work.
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Body.
        """;

    public static SiteFixture Create(string more = "") => SiteFixture.Create(Files + "\n" + more);

    /// <summary>The fixture built, with its graph; the build must succeed.</summary>
    public static (SiteFixture Site, SiteGraph Graph) Build(string more = "")
    {
        var site = Create(more);
        var result = site.Build();
        if (!result.Succeeded || result.Graph is null)
        {
            site.Dispose();
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        }

        return (site, result.Graph);
    }
}
