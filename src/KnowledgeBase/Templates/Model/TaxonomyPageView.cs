namespace KnowledgeBase.Templates.Model;

/// <summary>A vocabulary's page: its terms, each with how many entries carry it.</summary>
public sealed class TaxonomyPageView : PageView
{
    public required TaxonomyView Taxonomy { get; init; }

    /// <summary>On the boroughs page, the borough map drawn large with its legend and table; null on every other vocabulary's page.</summary>
    public BoroughMapView? BoroughMap { get; init; }
}
