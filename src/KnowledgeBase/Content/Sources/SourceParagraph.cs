namespace KnowledgeBase.Content.Sources;

/// <summary>
/// One block of a source document's text: a numbered paragraph (with the section it is numbered in) or, with no
/// number, text around the paragraphs (headings, the summary, the contact details).
/// </summary>
/// <param name="Section">The lettered section the number belongs to ("Race and equality impact"); "" for the main numbering.</param>
public sealed record SourceParagraph(string Section, int? Number, string Text)
{
    /// <summary>The paragraph's anchor on the document's page: p31, or race-and-equality-impact-p2; null for unnumbered text.</summary>
    public string? Anchor => Number is not { } n ? null : Section.Length == 0 ? $"p{n}" : $"{Slugs.From(Section)}-p{n}";
}
