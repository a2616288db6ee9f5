using System.Collections.Immutable;
using System.Text;
using KnowledgeBase.Markdown.Extensions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown;

/// <summary>
/// Renders an entry's Markdown body: parse (the manual's extensions run inside the pipeline, on this document's
/// state), collect the table of contents and plain text, write HTML. One instance serves all threads.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();

    public RenderedMarkdown Render(string markdown, MarkdownContext context)
    {
        try
        {
            return RenderDocument(markdown, context);
        }
        catch (Exception ex) when (MarkdownDepthLimit.IsDepthLimit(ex))
        {
            MarkdownDepthLimit.Report(markdown, context, _pipeline);
            return new RenderedMarkdown("", [], "", [], []);
        }
    }

    private RenderedMarkdown RenderDocument(string markdown, MarkdownContext context)
    {
        var state = new MarkdownDocumentState(context);
        var document = Markdig.Markdown.Parse(markdown, _pipeline, DocumentStateCapture.ParserContext(state));

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), TableOfContents(document), PlainText(document), [.. state.LinkedSlugs], [.. state.Links]);
    }

    private static ImmutableArray<TocItem> TableOfContents(MarkdownDocument document) =>
    [
        .. document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => new TocItem(h.Level, h.GetAttributes().Id!, InlineText(h.Inline))),
    ];

    /// <summary>The readable words of the document, a line per block.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var line = block.Inline is null ? block.Lines.ToString() : InlineText(block.Inline);
            if (!string.IsNullOrWhiteSpace(line))
            {
                text.Append(line.Trim()).Append('\n');
            }
        }

        return text.ToString();
    }

    internal static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
