using KnowledgeBase.Content;

namespace KnowledgeBase.Site.Timeline;

/// <summary>What happened to an entry on a date: it started or it ended.</summary>
public enum TimelineEventKind
{
    Started,
    Ended,
}

/// <summary>One dated fact of an entry, for the timeline's list by year.</summary>
public sealed record TimelineEvent(SitePage Page, TimelineEventKind Kind, PartialDate Date);
