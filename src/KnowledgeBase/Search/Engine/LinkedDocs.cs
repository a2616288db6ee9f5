using KnowledgeBase.Search.Indexing;
using Lucene.Net.Documents;

namespace KnowledgeBase.Search.Engine;

/// <summary>The entries each document names in a stored field of slugs, as document numbers: the engine's and the static index's.</summary>
/// <param name="docs">The documents in index order, with <see cref="IndexFields.Slug"/> and the fields asked for loaded.</param>
internal sealed class LinkedDocs(IReadOnlyList<Document> docs)
{
    private readonly Dictionary<string, int> bySlug = docs.Select((doc, d) => (doc.Get(IndexFields.Slug), d)).ToDictionary(StringComparer.Ordinal);

    /// <param name="field">A stored field of slugs (<see cref="IndexFields.Parents"/>, <see cref="IndexFields.Governors"/>).</param>
    public int[][] Of(string field) => [.. docs.Select(doc => (int[])[.. doc.GetValues(field).Where(bySlug.ContainsKey).Select(s => bySlug[s])])];
}
