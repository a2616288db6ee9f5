using System.Collections.Immutable;
using KnowledgeBase.Content;

namespace KnowledgeBase.Site.Timeline;

/// <summary>
/// The manual's programmes, boards and options in time, from the only dated fields the content model has,
/// <c>started</c> and <c>ended</c>. Entries without either are kept in <see cref="Undated"/>, not left out.
/// </summary>
public sealed class EntryTimeline
{
    internal EntryTimeline(SiteGraph graph)
    {
        Dated = [.. graph.Entries
            .Where(p => p.Entry.Started is not null || p.Entry.Ended is not null)
            .Select(p => new DatedEntry(p, p.Entry.Started, p.Entry.Ended))
            .OrderBy(d => d.First)
            .ThenBy(d => d.Last)
            .ThenBy(d => d.Page.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(d => d.Page.Slug, StringComparer.Ordinal)];
        Undated = [.. graph.Entries.Where(p => p.Entry.Started is null && p.Entry.Ended is null)];
        Events = [.. Dated
            .SelectMany(d => new[]
            {
                d.Started is { } s ? new TimelineEvent(d.Page, TimelineEventKind.Started, s) : null,
                d.Ended is { } e ? new TimelineEvent(d.Page, TimelineEventKind.Ended, e) : null,
            })
            .OfType<TimelineEvent>()
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.Page.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Page.Slug, StringComparer.Ordinal)];
    }

    /// <summary>Entries with a date, earliest first.</summary>
    public ImmutableArray<DatedEntry> Dated { get; }

    /// <summary>Entries the sources give no date for, by title (the graph's order).</summary>
    public ImmutableArray<SitePage> Undated { get; }

    /// <summary>Every start and end, earliest first: the timeline in words.</summary>
    public ImmutableArray<TimelineEvent> Events { get; }
}
