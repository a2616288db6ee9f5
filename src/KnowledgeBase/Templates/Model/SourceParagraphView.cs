namespace KnowledgeBase.Templates.Model;

/// <summary>
/// A block of a source document: a numbered paragraph (<c>number</c> and <c>id</c> set) or the text around them.
/// <c>lines</c> are the text's lines as printed; <c>cited_by</c> the published entries that cite the paragraph.
/// </summary>
public sealed record SourceParagraphView(string? Mark, string? Id, IReadOnlyList<string> Lines, IReadOnlyList<EntryView> CitedBy);
