namespace KnowledgeBase.Templates.Model;

/// <summary>A listing (a kind's page, or a term's page): its entries in groups, and for a term its vocabulary.</summary>
public sealed class ListPageView : PageView
{
    public IReadOnlyList<GroupView> Groups { get; init; } = [];

    /// <summary>How many entries the page lists.</summary>
    public int Count { get; init; }

    /// <summary>On a term's page, the term and its vocabulary; null on a kind's page.</summary>
    public TermView? Term { get; init; }

    public TaxonomyView? Taxonomy { get; init; }

    /// <summary>On a borough's page, the borough map, small, with this borough's tile outlined; null on other pages.</summary>
    public BoroughMapView? BoroughMap { get; init; }

    /// <summary>On a kind's listing, the kind (the boards' listing links to the governance diagram); null on a term's page.</summary>
    public KindView? Kind { get; init; }
}
