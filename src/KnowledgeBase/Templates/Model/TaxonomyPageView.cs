namespace KnowledgeBase.Templates.Model;

/// <summary>A vocabulary's page: its terms, each with how many entries carry it.</summary>
public sealed class TaxonomyPageView : PageView
{
    public required TaxonomyView Taxonomy { get; init; }
}
