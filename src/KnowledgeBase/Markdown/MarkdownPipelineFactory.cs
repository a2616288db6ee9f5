using Markdig;
using KnowledgeBase.Markdown.Extensions;
using Markdig.Extensions.AutoIdentifiers;

namespace KnowledgeBase.Markdown;

/// <summary>
/// The Markdig pipeline: the advanced extensions an editor expects, less those that would let Markdown
/// inject attributes or external content into an intranet page (generic attributes, media embeds), then the
/// manual's own extensions in the order they must run: raw HTML is made text before links are checked, and acronyms
/// are marked last so a link's words are marked like any others.
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
        .UseRawHtmlEscaping()
        .UseEntryLinks()
        .UseHeadingChecks()
        .UseAcronyms()
        .Build();
}
