namespace KnowledgeBase.Search;

/// <summary>A query in the search language, with optional facet filters (facet key to values, OR within a key).</summary>
/// <param name="Prose">
/// The query is prose, not a search (a commander's description of a problem): an entry needs any one of its words,
/// and entries with more of them rank higher.
/// </param>
public sealed record SearchRequest(string Query, int Limit = 10, IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null, bool Prose = false);
