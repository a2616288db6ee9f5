namespace KnowledgeBase.Templates.Model;

/// <summary>
/// One <c>sources:</c> item of an entry: the words before its first paragraph mark ("Violence in London, Race and
/// equality impact") and each mark, linked to the paragraph on the document's page when the site publishes it.
/// </summary>
public sealed record CitationView(string Text, string Document, string? Url, IReadOnlyList<LinkView> Marks);
