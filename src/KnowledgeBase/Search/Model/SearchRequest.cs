namespace KnowledgeBase.Search;

/// <summary>A query in the search language, with optional facet filters (facet key to values, OR within a key).</summary>
public sealed record SearchRequest(string Query, int Limit = 10, IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null);
