using System.Collections.Immutable;
using KnowledgeBase.Site.Timeline;

namespace KnowledgeBase.Diagrams.Timeline;

/// <summary>
/// One entry's row of the timeline: its title and dates in words, and a bar over the time its dates cover. A date
/// known only to the year covers that year, one known to the month that month: the bar claims no more than the sources.
/// </summary>
/// <param name="Top">The row's top; the row's whole height is the entry's link.</param>
/// <param name="Title">The title's lines, starting at their X.</param>
/// <param name="Detail">The kind and the dates in words: "Programme · started July 2004".</param>
public sealed record TimelineItem(
    DatedEntry Dated, int Top, int Height, ImmutableArray<DiagramText> Title, bool Truncated, DiagramText Detail,
    int BarX, int BarY, int BarWidth, int BarHeight);
