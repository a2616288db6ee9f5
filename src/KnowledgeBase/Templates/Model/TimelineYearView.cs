namespace KnowledgeBase.Templates.Model;

/// <summary>A year of the timeline in words, and what started or ended in it.</summary>
public sealed record TimelineYearView(int Year, IReadOnlyList<TimelineEventView> Events);
