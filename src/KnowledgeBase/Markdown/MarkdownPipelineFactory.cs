using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace KnowledgeBase.Markdown;

/// <summary>
/// The Markdig pipeline: the advanced extensions an editor expects, less those that would let Markdown
/// inject attributes or external content into an intranet page (generic attributes, media embeds).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UseAlertBlocks()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseCustomContainers()
        .UseDefinitionLists()
        .UseEmphasisExtras()
        .UseFigures()
        .UseFooters()
        .UseFootnotes()
        .UseGridTables()
        .UseListExtras()
        .UsePipeTables()
        .UseTaskLists()
        .UsePreciseSourceLocation()
        .Build();
}
