using KnowledgeBase.Diagnostics;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown.Extensions.Headings;

/// <summary>
/// Keeps headings in order for screen readers and the table of contents: the page title is the only
/// level-1 heading, and levels are not skipped.
/// </summary>
public sealed class HeadingCheckExtension : DocumentExtension
{
    protected override void Process(MarkdownDocument document, MarkdownDocumentState state)
    {
        var previous = 1;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                state.Diagnostics.Warning(state.At(heading), DiagnosticCodes.HeadingStructure,
                    "the page title is the level-1 heading; start sections at '##'");
            }
            else if (heading.Level > previous + 1)
            {
                state.Diagnostics.Warning(state.At(heading), DiagnosticCodes.HeadingStructure,
                    $"this heading jumps from level {previous} to level {heading.Level}; use '{new string('#', previous + 1)}'");
            }

            previous = heading.Level;
        }
    }
}
