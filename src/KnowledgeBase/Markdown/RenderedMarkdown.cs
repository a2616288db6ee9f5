using System.Collections.Immutable;

namespace KnowledgeBase.Markdown;

/// <summary>A body rendered to HTML, with what later stages need from it.</summary>
/// <param name="PlainText">The words of the body without markup, for search and excerpts.</param>
/// <param name="LinkedSlugs">Entries the body links to, for "referred to by".</param>
/// <param name="Links">The body's links and images with their source lines, for the link check.</param>
public sealed record RenderedMarkdown(string Html, ImmutableArray<TocItem> Toc, string PlainText, ImmutableArray<string> LinkedSlugs, ImmutableArray<ContentLink> Links);
