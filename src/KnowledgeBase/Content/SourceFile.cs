namespace KnowledgeBase.Content;

/// <summary>A Markdown file read from <c>content/</c>: where it is and what it says.</summary>
/// <param name="RelativePath">Path from the site root with forward slashes, e.g. content/options/x.md.</param>
/// <param name="ContentPath">Path below the content folder, e.g. options/x.md: how entries link to each other.</param>
public sealed record SourceFile(string RelativePath, string ContentPath, string Text);
