using KnowledgeBase.Content;
using KnowledgeBase.Markdown;

namespace KnowledgeBase.Site;

/// <summary>A published entry with its rendered body, URL and review state.</summary>
/// <param name="ReviewDue">When the entry should next be reviewed; past it, pages warn it may be out of date.</param>
public sealed record SitePage(Entry Entry, RenderedMarkdown Rendered, string Url, DateOnly? ReviewDue, bool IsStale)
{
    public string Slug => Entry.Slug;

    public string Title => Entry.Title;

    // A page is identified by its slug (unique in a site). Structural record equality would hash the whole entry
    // and its rendered HTML on every dictionary or set operation, which made graph queries quadratic in practice.
    public bool Equals(SitePage? other) => ReferenceEquals(this, other) || (other is not null && Slug == other.Slug);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Slug);
}
