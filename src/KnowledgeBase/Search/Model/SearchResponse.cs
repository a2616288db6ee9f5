namespace KnowledgeBase.Search;

/// <summary>The answer to one query.</summary>
/// <param name="Query">The query as asked.</param>
/// <param name="Total">How many entries matched (before the limit).</param>
/// <param name="Results">The best matches, best first.</param>
/// <param name="Facets">Counts per facet value over all matches.</param>
/// <param name="Message">What the user should know about how the query was read, or null.</param>
public sealed record SearchResponse(
    string Query,
    int Total,
    IReadOnlyList<SearchHit> Results,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? Message);
