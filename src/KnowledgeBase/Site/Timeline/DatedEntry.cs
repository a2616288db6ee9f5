using KnowledgeBase.Content;

namespace KnowledgeBase.Site.Timeline;

/// <summary>An entry with the dates its front matter gives (<c>started</c>, <c>ended</c>): at least one of them.</summary>
public sealed record DatedEntry(SitePage Page, PartialDate? Started, PartialDate? Ended)
{
    /// <summary>The earliest date the entry gives: when it started, or when it ended if that is all the sources say.</summary>
    public PartialDate First => Started ?? Ended!.Value;

    /// <summary>The latest date it gives.</summary>
    public PartialDate Last => Ended ?? Started!.Value;
}
