using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KnowledgeBase.Markdown.Extensions;

/// <summary>
/// A manual feature that works on the whole parsed document (links, acronyms, raw HTML, headings). The pipeline
/// runs them in the order they were added with their <c>Use...()</c> method, after Markdig's own extensions.
/// </summary>
public abstract class DocumentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        DocumentStateCapture.Install(pipeline);
        pipeline.DocumentProcessed -= OnDocumentProcessed;
        pipeline.DocumentProcessed += OnDocumentProcessed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    protected abstract void Process(MarkdownDocument document, MarkdownDocumentState state);

    private void OnDocumentProcessed(MarkdownDocument document)
    {
        if (DocumentStateCapture.StateOf(document) is { } state)
        {
            Process(document, state);
        }
    }
}
