namespace KnowledgeBase.Search.Engine;

/// <summary>What the engine keeps in memory about a document: enough to rank, filter, count and list it.</summary>
/// <remarks>FacetIds are ids of the document's (facet, value) pairs, for counting.</remarks>
internal sealed record DocInfo(int Id, string Slug, string Kind, string Title, string Url, string Summary, string[] TitleTerms, int[] FacetIds);
