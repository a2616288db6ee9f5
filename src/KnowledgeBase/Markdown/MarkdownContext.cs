using KnowledgeBase.Content.Data;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Markdown;

/// <summary>What the Markdown extensions need to know about the document being rendered and the site around it.</summary>
/// <param name="File">The document's path from the site root, for diagnostics.</param>
/// <param name="ContentPath">The document's path below content/, against which relative links resolve.</param>
/// <param name="FirstLine">The file line the Markdown starts on (after front matter).</param>
/// <param name="Targets">Link targets by content path, e.g. "programmes/trident.md".</param>
/// <param name="BasePath">The site's base path ("/" or "/manual/"), prefixed to root-relative links.</param>
public sealed record MarkdownContext(
    string File,
    string ContentPath,
    int FirstLine,
    IReadOnlyDictionary<string, LinkTarget> Targets,
    Glossary Glossary,
    string BasePath,
    DiagnosticBag Diagnostics)
{
    public SourceLocation At(Markdig.Syntax.MarkdownObject node) => new(File, FirstLine + node.Line, node.Column + 1);
}
