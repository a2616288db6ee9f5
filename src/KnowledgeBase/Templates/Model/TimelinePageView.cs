namespace KnowledgeBase.Templates.Model;

/// <summary>
/// The timeline page (<c>/timeline/</c>, layout <c>timeline</c>): the dated entries drawn wide and narrow, the same in
/// words by year, and the entries the sources give no date for.
/// </summary>
public sealed class TimelinePageView : PageView
{
    /// <summary>The picture laid out wide (desktop) then narrow (phone); empty when no entry has a date.</summary>
    public required IReadOnlyList<TimelineDrawingView> Drawings { get; init; }

    /// <summary>Each year with a start or an end, earliest first.</summary>
    public required IReadOnlyList<TimelineYearView> Years { get; init; }

    /// <summary>Entries without a date, one group per kind (<c>title</c>, <c>id</c>, <c>entries</c>).</summary>
    public required IReadOnlyList<GroupView> Undated { get; init; }

    public int DatedCount { get; init; }

    public int UndatedCount { get; init; }
}
