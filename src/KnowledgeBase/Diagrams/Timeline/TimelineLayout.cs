using System.Collections.Immutable;
using System.Globalization;
using KnowledgeBase.Content;
using KnowledgeBase.Site.Timeline;

namespace KnowledgeBase.Diagrams.Timeline;

/// <summary>
/// Lays the dated entries out as rows under a year axis, earliest first: each row the entry's title and dates in
/// words above a bar over the time they cover. The axis runs from the start of the earliest year to the end of the
/// latest; the title starts over its bar where it fits, so the eye goes from the words to the bar.
/// </summary>
public static class TimelineLayout
{
    private static readonly int[] TickSteps = [1, 2, 5, 10, 20, 25, 50, 100];

    public static TimelineDiagram Lay(EntryTimeline timeline, TimelineGrid grid)
    {
        var dated = timeline.Dated;
        var from = dated.IsEmpty ? 0 : dated.Min(d => d.First.Year);
        var to = dated.IsEmpty ? 1 : dated.Max(d => d.Last.Year) + 1;
        var left = grid.Margin;
        var right = grid.Width - grid.Margin;
        int X(double year) => left + (int)Math.Round((year - from) / (to - from) * (right - left));

        var perYear = (double)(right - left) / (to - from);
        var step = TickSteps.FirstOrDefault(s => s * perYear >= grid.MinTickSpacing, TickSteps[^1]);
        var labelY = grid.Margin + grid.DetailFontSize;
        var axisTop = labelY + 6;
        var ticks = Enumerable.Range(from, to - from + 1)
            .Where(year => year % step == 0 || year == to)
            .Select(year => new TimelineTick(year, X(year), year == to ? null : new DiagramText(year.ToString(CultureInfo.InvariantCulture), X(year) + 4, labelY)))
            .ToImmutableArray();

        var items = ImmutableArray.CreateBuilder<TimelineItem>(dated.Length);
        var y = axisTop + grid.RowGap;
        foreach (var entry in dated)
        {
            var (start, _) = Period(entry.First);
            var (_, end) = Period(entry.Last);
            var barX = X(start);
            var barWidth = Math.Max(6, X(end) - barX);
            if (barX + barWidth > right)
            {
                barX = right - barWidth;
            }

            var title = TextFit.Wrap(entry.Page.Title, right - left, grid.FontSize, grid.MaxLines);
            var detail = Detail(entry);
            var textWidth = Math.Max(title.Lines.Max(l => TextFit.Width(l, grid.FontSize)), TextFit.Width(detail, grid.DetailFontSize));
            var textX = Math.Clamp(barX, left, Math.Max(left, right - (int)Math.Ceiling(textWidth)));
            var lines = title.Lines.Select((line, i) => new DiagramText(line, textX, y + grid.FontSize + (i * grid.LineHeight))).ToImmutableArray();
            var detailY = y + (title.Lines.Length * grid.LineHeight) + grid.DetailFontSize;
            var barY = detailY + 6;
            var height = barY + grid.BarHeight - y;
            items.Add(new TimelineItem(entry, y - (grid.RowGap / 2), height + grid.RowGap, lines, title.Truncated,
                new DiagramText(detail, textX, detailY), barX, barY, barWidth, grid.BarHeight));
            y += height + grid.RowGap;
        }

        return new TimelineDiagram(grid, grid.Width, y + grid.Margin - grid.RowGap, axisTop, ticks, items.ToImmutable());
    }

    /// <summary>The kind and dates in words, as the entry's page gives them: "Programme · started July 2004 · ended 2006".</summary>
    public static string Detail(DatedEntry entry) =>
        string.Join(" · ", DateWords(entry).Prepend(EntryKinds.Singular(entry.Page.Entry.Kind)));

    /// <summary>The dates in words: "started July 2004", "ended 2006".</summary>
    public static IEnumerable<string> DateWords(DatedEntry entry)
    {
        if (entry.Started is { } started)
        {
            yield return "started " + started.ToDisplay();
        }

        if (entry.Ended is { } ended)
        {
            yield return "ended " + ended.ToDisplay();
        }
    }

    /// <summary>The stretch of time a date names, in years: a whole year, a month, or a day.</summary>
    private static (double Start, double End) Period(PartialDate date) => date switch
    {
        { Month: null } => (date.Year, date.Year + 1),
        { Day: null } => (date.Year + ((date.Month!.Value - 1) / 12.0), date.Year + (date.Month.Value / 12.0)),
        _ => Day(date),
    };

    private static (double Start, double End) Day(PartialDate date)
    {
        var dayOfYear = new DateOnly(date.Year, date.Month!.Value, date.Day!.Value).DayOfYear;
        var days = DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0;
        return (date.Year + ((dayOfYear - 1) / days), date.Year + (dayOfYear / days));
    }
}
