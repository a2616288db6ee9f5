namespace KnowledgeBase.Search;

/// <summary>One entry as the search index sees it: already rendered to plain text by the pipeline.</summary>
/// <param name="Slug">The entry's slug, unique across kinds.</param>
/// <param name="Kind">programme, board or option.</param>
/// <param name="Title">The entry's title.</param>
/// <param name="Url">The site-relative URL of the entry's page.</param>
/// <param name="Summary">The one-sentence summary.</param>
/// <param name="Keywords">Editor keywords: extra words search should find the entry by.</param>
/// <param name="Facets">Facet key (kind, need, crime_type, gang_type, focus, borough, community, audience) to term slugs.</param>
/// <param name="TermText">Display names and aliases of the entry's taxonomy terms, searchable.</param>
/// <param name="Body">Plain text of the rendered body.</param>
/// <param name="Status">active, pilot, planned or ended.</param>
/// <param name="Evidence">The evidence level's id (evaluated, reported-success, in-development, untested), or null: a result draws it.</param>
public sealed record SearchDocument(
    string Slug,
    string Kind,
    string Title,
    string Url,
    string Summary,
    IReadOnlyList<string> Keywords,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Facets,
    IReadOnlyList<string> TermText,
    string Body,
    string Status,
    string? Evidence = null)
{
    /// <summary>
    /// The published entries this one names as its lead or as using it ("Operation Blunt" for its options), in that
    /// order, once each: the entries a query matching this one may be after (<see cref="Engine.ParentBoost"/>).
    /// </summary>
    public IReadOnlyList<string> Parents { get; init; } = [];

    /// <summary>
    /// The published bodies this one reports to or is governed by (<c>reports_to</c>, then <c>governed_by</c>), once
    /// each: the answer to "who does it report to" (<see cref="Engine.GovernanceAnswer"/>).
    /// </summary>
    public IReadOnlyList<string> Governors { get; init; } = [];
}
