namespace KnowledgeBase.Search.Engine;

/// <summary>What a result shows of an entry, read from the index's stored fields once when it is opened.</summary>
internal sealed record IndexedDoc(string Slug, string Title, string Kind, string Url, string? Evidence);
