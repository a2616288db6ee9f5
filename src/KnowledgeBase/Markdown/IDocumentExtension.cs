using Markdig.Syntax;

namespace KnowledgeBase.Markdown;

/// <summary>
/// One small Markdown feature that works on the parsed document before it is rendered (links, acronyms,
/// raw HTML, headings). Each lives in its own file under Extensions/ and runs in the order
/// <see cref="MarkdownRenderer"/> lists them, as Markdig's own extensions do.
/// </summary>
public interface IDocumentExtension
{
    void Process(MarkdownDocument document, MarkdownContext context, ICollection<string> linkedSlugs);
}
