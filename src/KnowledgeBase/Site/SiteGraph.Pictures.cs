using KnowledgeBase.Site.Governance;
using KnowledgeBase.Site.Timeline;

namespace KnowledgeBase.Site;

/// <summary>The data the site's pictures are drawn from: who answers to whom, and when things started and ended.</summary>
public sealed partial class SiteGraph
{
    /// <summary>Every reports_to, governed_by and lead line between published entries.</summary>
    public GovernanceLines Governance { get; }

    /// <summary>The entries by their dates, and those without one.</summary>
    public EntryTimeline Timeline { get; }
}
