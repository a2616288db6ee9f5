using System.Collections.Immutable;

namespace KnowledgeBase.Diagrams.Timeline;

/// <summary>The dated entries laid out on one grid: the picture's size, its year lines and its rows, earliest first.</summary>
/// <param name="AxisTop">Where the year lines start, under the labels.</param>
public sealed record TimelineDiagram(
    TimelineGrid Grid, int Width, int Height, int AxisTop, ImmutableArray<TimelineTick> Ticks, ImmutableArray<TimelineItem> Items);
