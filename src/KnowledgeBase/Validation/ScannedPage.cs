namespace KnowledgeBase.Validation;

/// <summary>What the link check needs of one built page: the ids it can be linked to and the URLs it links to.</summary>
/// <param name="Links">Every distinct URL of an <c>href</c>, <c>src</c>, <c>srcset</c> or form <c>action</c>. They do not depend on where the page is written, so a page with the same bytes scans the same anywhere.</param>
internal sealed record ScannedPage(IReadOnlySet<string> Ids, IReadOnlyList<string> Links);
