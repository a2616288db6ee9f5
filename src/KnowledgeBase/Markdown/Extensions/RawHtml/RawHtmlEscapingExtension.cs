using KnowledgeBase.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Extensions.RawHtml;

/// <summary>
/// Raw HTML never reaches a page: it is shown as text and the editor is told, because a tag pasted into
/// the manual could run script on every reader's machine.
/// </summary>
public sealed class RawHtmlEscapingExtension : DocumentExtension
{
    protected override void Process(MarkdownDocument document, MarkdownDocumentState state)
    {
        foreach (var html in document.Descendants<HtmlInline>().ToList())
        {
            state.Diagnostics.Warning(state.At(html), DiagnosticCodes.RawHtml, Message(html.Tag));
            html.ReplaceBy(new LiteralInline(html.Tag));
        }

        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            var text = block.Lines.ToString();
            state.Diagnostics.Warning(state.At(block), DiagnosticCodes.RawHtml, Message(text));
            var paragraph = new ParagraphBlock { Line = block.Line, Column = block.Column, Inline = new ContainerInline() };
            paragraph.Inline.AppendChild(new LiteralInline(text));
            var parent = block.Parent!;
            parent[parent.IndexOf(block)] = paragraph;
        }
    }

    private static string Message(string html)
    {
        var shown = html.Length > 40 ? html[..40] + "..." : html;
        return $"raw HTML '{shown.ReplaceLineEndings(" ")}' is shown as text, not HTML; write it in Markdown instead";
    }
}
