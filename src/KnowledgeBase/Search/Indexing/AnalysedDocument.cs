namespace KnowledgeBase.Search.Indexing;

/// <summary>A document reduced to what the index stores: metadata, and the terms of each column in order.</summary>
/// <param name="Source">The document as given.</param>
/// <param name="Facets">Facet key to sorted values, the kind and status included.</param>
/// <param name="Fields">Term ids per column, indexed by <see cref="IndexField"/>.</param>
/// <param name="Snippet">The tokens snippets scan, for the snippet table.</param>
/// <param name="Row">The FTS5 row, ready to insert.</param>
internal sealed record AnalysedDocument(
    SearchDocument Source,
    SortedDictionary<string, string[]> Facets,
    int[][] Fields,
    SnippetSource Snippet,
    FtsRow Row);
