using KnowledgeBase.Content;
using KnowledgeBase.Diagrams.Timeline;
using KnowledgeBase.Site.Timeline;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Templates;

/// <summary>The pages that are pictures of the site: the governance diagram and the timeline.</summary>
public sealed partial class SitePages
{
    private IEnumerable<PageJob> PicturePages()
    {
        yield return GovernancePage();
        yield return TimelinePage();
    }

    private PageJob GovernancePage() => new(_urls.Governance, "governance", () =>
    {
        var chart = _graph.Governance.Whole();
        return new GovernancePageView
        {
            Title = "Governance",
            Description = "How the boards fit together: every board, the bodies it reports to, and the programmes and options it governs or leads.",
            Url = _urls.Governance,
            Permalink = model.Permalink(_urls.Governance),
            Type = "governance",
            Marking = TemplateModel.Marking(chart.Entries),
            Breadcrumbs = model.Crumbs((EntryKinds.Plural(EntryKind.Board), _urls.Kind(EntryKind.Board)), ("Governance", null)),
            Figure = new GovernanceFigureView(chart, model, "governance", "Every board, the bodies it reports to, and what it governs or leads. Each box links to its entry."),
        };
    }, null);

    private PageJob TimelinePage() => new(_urls.Timeline, "timeline", () =>
    {
        var timeline = _graph.Timeline;
        return new TimelinePageView
        {
            Title = "Timeline",
            Description = "When the programmes, boards and options started and ended, as the sources date them.",
            Url = _urls.Timeline,
            Permalink = model.Permalink(_urls.Timeline),
            Type = "timeline",
            Marking = TemplateModel.Marking(_graph.Entries),
            Breadcrumbs = model.Crumbs(("Timeline", null)),
            Drawings = timeline.Dated.IsEmpty
                ? []
                : [new TimelineDrawingView(TimelineLayout.Lay(timeline, TimelineGrid.Wide), model), new TimelineDrawingView(TimelineLayout.Lay(timeline, TimelineGrid.Narrow), model)],
            Years = [.. timeline.Events
                .GroupBy(e => e.Date.Year)
                .Select(g => new TimelineYearView(g.Key, [.. g.Select(e => new TimelineEventView(
                    model.Entry(e.Page), e.Kind == TimelineEventKind.Started ? "started" : "ended", e.Date.ToDisplay()))]))],
            Undated = [.. EntryKinds.Listed
                .Select(k => new GroupView(EntryKinds.Plural(k), $"undated-{EntryKinds.Folder(k)}", null, model.Entries(timeline.Undated.Where(p => p.Entry.Kind == k))))
                .Where(g => g.Entries.Count > 0)],
            DatedCount = timeline.Dated.Length,
            UndatedCount = timeline.Undated.Length,
        };
    }, null);
}
