using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown.Extensions;

/// <summary>
/// Carries a document's <see cref="MarkdownDocumentState"/> from the parser context onto the parsed document.
/// Markdig hands <see cref="MarkdownPipelineBuilder.DocumentProcessed"/> only the document, while block parsers see
/// the <see cref="MarkdownParserContext"/>: the first block closed copies the state across, so the manual's
/// extensions can run after the whole document is parsed (the order they always ran in) and still see it.
/// </summary>
internal static class DocumentStateCapture
{
    private static readonly Type Key = typeof(MarkdownDocumentState);

    public static MarkdownParserContext ParserContext(MarkdownDocumentState state)
    {
        var context = new MarkdownParserContext();
        context.Properties[Key] = state;
        return context;
    }

    /// <summary>Hooks every block parser of the pipeline; safe to call from each extension's setup.</summary>
    public static void Install(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= OnBlockClosed;
            parser.Closed += OnBlockClosed;
        }
    }

    /// <summary>The state of a parsed document; null for a document with no blocks, where there is nothing to do.</summary>
    public static MarkdownDocumentState? StateOf(MarkdownDocument document) => document.GetData(Key) as MarkdownDocumentState;

    private static void OnBlockClosed(BlockProcessor processor, Block block)
    {
        var document = processor.Document;
        if (document.GetData(Key) is null && processor.Context?.Properties.TryGetValue(Key, out var state) == true)
        {
            document.SetData(Key, state);
        }
    }
}
