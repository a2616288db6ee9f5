namespace KnowledgeBase.Search;

/// <summary>
/// One result. <paramref name="Snippet"/> is HTML: escaped text with matched words in &lt;mark&gt;.
/// <paramref name="Evidence"/> is the entry's evidence level id, or null, for the scale a result shows.
/// </summary>
public sealed record SearchHit(string Slug, string Title, string Kind, string Url, double Score, string Snippet, string? Evidence = null);
