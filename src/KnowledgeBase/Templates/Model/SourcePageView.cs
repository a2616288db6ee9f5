namespace KnowledgeBase.Templates.Model;

/// <summary>A source document's page: its text block by block, each numbered paragraph with its anchor (<c>#p31</c>).</summary>
public sealed class SourcePageView : PageView
{
    /// <summary>The name entries cite it by: "MPS response".</summary>
    public required string Name { get; init; }

    /// <summary>The file in the repository: sources/mps-response.txt.</summary>
    public required string File { get; init; }

    public required IReadOnlyList<SourceParagraphView> Paragraphs { get; init; }
}
