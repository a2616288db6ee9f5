using KnowledgeBase.Markdown.Extensions.Acronyms;
using KnowledgeBase.Markdown.Extensions.EntryLinks;
using KnowledgeBase.Markdown.Extensions.Headings;
using KnowledgeBase.Markdown.Extensions.RawHtml;
using Markdig;

namespace KnowledgeBase.Markdown.Extensions;

/// <summary>The manual's Markdig extensions, added to a pipeline the way Markdig's own are.</summary>
public static class ManualMarkdownExtensions
{
    /// <summary>Shows raw HTML as text, with a warning.</summary>
    public static MarkdownPipelineBuilder UseRawHtmlEscaping(this MarkdownPipelineBuilder pipeline) => pipeline.Use<RawHtmlEscapingExtension>();

    /// <summary>Rewrites <c>.md</c> links to entry URLs, refuses unsafe schemes and records every link's source line.</summary>
    public static MarkdownPipelineBuilder UseEntryLinks(this MarkdownPipelineBuilder pipeline) => pipeline.Use<EntryLinkExtension>();

    /// <summary>Warns about a level-1 heading or a skipped level.</summary>
    public static MarkdownPipelineBuilder UseHeadingChecks(this MarkdownPipelineBuilder pipeline) => pipeline.Use<HeadingCheckExtension>();

    /// <summary>Explains each glossary acronym's first use in <c>&lt;abbr&gt;</c>.</summary>
    public static MarkdownPipelineBuilder UseAcronyms(this MarkdownPipelineBuilder pipeline) => pipeline.Use<AcronymExtension>();
}
