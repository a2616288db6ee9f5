namespace KnowledgeBase.Templates.Model;

/// <summary>An entry that started or ended: <c>what</c> is "started" or "ended", <c>date</c> as written ("July 2004").</summary>
public sealed record TimelineEventView(EntryView Entry, string What, string Date);
