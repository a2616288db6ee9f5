namespace KnowledgeBase.Templates.Model;

/// <summary>The glossary: content/glossary.yml's acronyms grouped by first letter.</summary>
public sealed class GlossaryPageView : PageView
{
    public required IReadOnlyList<GlossaryLetterView> Letters { get; init; }
}
