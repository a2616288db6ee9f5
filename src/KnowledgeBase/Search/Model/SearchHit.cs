namespace KnowledgeBase.Search;

/// <summary>One result. <paramref name="Snippet"/> is HTML: escaped text with matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Slug, string Title, string Kind, string Url, double Score, string Snippet);
