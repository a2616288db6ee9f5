using System.Collections.Immutable;

namespace KnowledgeBase.Site.Governance;

/// <summary>
/// What one governance diagram shows: its entries and the lines between them, both in a stable order (entries by
/// title then slug; lines by the entry answered to, the relation, then the entry answering), so its drawing is
/// deterministic.
/// </summary>
public sealed class GovernanceChart
{
    internal GovernanceChart(IEnumerable<SitePage> entries, IEnumerable<GovernanceLine> lines, SitePage? focus)
    {
        Entries = SiteGraph.Sorted(entries.Distinct());
        Lines = [.. lines.Distinct()
            .OrderBy(l => l.Above.Title, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Above.Slug, StringComparer.Ordinal)
            .ThenBy(l => l.Relation)
            .ThenBy(l => l.Below.Title, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Below.Slug, StringComparer.Ordinal)];
        Focus = focus;
    }

    public ImmutableArray<SitePage> Entries { get; }

    public ImmutableArray<GovernanceLine> Lines { get; }

    /// <summary>The entry a neighbourhood is drawn around (its page shows it); null for the whole site's diagram.</summary>
    public SitePage? Focus { get; }

    /// <summary>True when there is no line to draw.</summary>
    public bool IsEmpty => Lines.IsEmpty;

    /// <summary>True when an editor marked some line of the chart as inferred.</summary>
    public bool HasInferred => Lines.Any(l => l.Inferred);

    /// <summary>Lines naming this entry, as the one answering or the one answered to.</summary>
    public IEnumerable<GovernanceLine> LinesOf(SitePage entry) => Lines.Where(l => l.Below.Equals(entry) || l.Above.Equals(entry));
}
