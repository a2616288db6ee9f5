using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Markdown;

/// <summary>
/// One document's rendering: what the manual's Markdig extensions read (<see cref="Context"/>) and what they
/// collect for later stages. Made per document, so one pipeline serves all threads.
/// </summary>
public sealed class MarkdownDocumentState(MarkdownContext context)
{
    public MarkdownContext Context { get; } = context;

    /// <summary>Entries the body links to, for "referred to by".</summary>
    public SortedSet<string> LinkedSlugs { get; } = new(StringComparer.Ordinal);

    /// <summary>Every link and image the body renders, in document order, with where it was written.</summary>
    public List<ContentLink> Links { get; } = [];

    public SourceLocation At(Markdig.Syntax.MarkdownObject node) => Context.At(node);

    public DiagnosticBag Diagnostics => Context.Diagnostics;
}
