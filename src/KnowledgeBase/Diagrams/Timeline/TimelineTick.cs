namespace KnowledgeBase.Diagrams.Timeline;

/// <summary>
/// A year line of the timeline: at the start of <paramref name="Year"/>, labelled just after it; the line closing the
/// axis (the end of the last year) has no label.
/// </summary>
public sealed record TimelineTick(int Year, int X, DiagramText? Label);
