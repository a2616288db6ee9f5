using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Markdown;

/// <summary>
/// A link or image written in content: the URL as the page renders it, and the Markdown line it came from, so the
/// link check can name the editor's file and line rather than the page.
/// </summary>
/// <param name="Reported">The Markdown stage already reported this link (a missing entry, an unsafe scheme); the
/// link check does not report it twice.</param>
public sealed record ContentLink(string Url, SourceLocation At, bool Reported);
