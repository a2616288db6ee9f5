using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Templates;

/// <summary>
/// A page to write: its URL, its layout, and its page object, made when the page is rendered (on whichever core
/// renders it), so listing the pages costs nothing.
/// </summary>
/// <param name="LastModified">The sitemap's last-modified date: the entry's review date.</param>
public sealed record PageJob(string Url, string Layout, Func<PageView> Page, DateOnly? LastModified, bool InSitemap = true);
