using KnowledgeBase.Configuration;
using KnowledgeBase.Content;

namespace KnowledgeBase.Site;

/// <summary>
/// Decides what a build publishes. An entry above the build's classification, or a draft in a build without
/// drafts, is withheld: from its page, from every list, link, index and feed.
/// </summary>
public static class Publication
{
    public static bool IsPublished(Entry entry, SiteConfig config) =>
        entry.Classification <= config.MaxClassification && (!entry.Draft || config.IncludeDrafts);
}
