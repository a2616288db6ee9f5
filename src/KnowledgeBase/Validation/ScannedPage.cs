namespace KnowledgeBase.Validation;

/// <summary>What the link check needs of one built page: the ids it can be linked to and the URLs it links to.</summary>
/// <param name="Path">The page's path below the output folder.</param>
/// <param name="Links">Every URL of an <c>href</c>, <c>src</c>, <c>srcset</c> or form <c>action</c>, in document order.</param>
internal sealed record ScannedPage(string Path, IReadOnlySet<string> Ids, IReadOnlyList<string> Links);
