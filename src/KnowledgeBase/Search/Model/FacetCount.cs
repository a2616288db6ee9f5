namespace KnowledgeBase.Search;

/// <summary>How many matches carry one facet value.</summary>
public sealed record FacetCount(string Value, string Name, int Count);
