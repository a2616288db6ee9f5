using KnowledgeBase.Search.Indexing;
using Lucene.Net.Documents;

namespace KnowledgeBase.Search.Engine;

/// <summary>The entries each document names in a stored field of slugs, as document numbers: the engine's and the static index's.</summary>
internal static class LinkedDocs
{
    /// <param name="docs">The documents in index order, with <see cref="IndexFields.Slug"/> and <paramref name="field"/> loaded.</param>
    /// <param name="field">A stored field of slugs (<see cref="IndexFields.Parents"/>, <see cref="IndexFields.Governors"/>).</param>
    public static int[][] Of(IReadOnlyList<Document> docs, string field)
    {
        var bySlug = new Dictionary<string, int>(docs.Count, StringComparer.Ordinal);
        for (int d = 0; d < docs.Count; d++)
        {
            bySlug[docs[d].Get(IndexFields.Slug)] = d;
        }

        return [.. docs.Select(doc => (int[])[.. doc.GetValues(field).Where(bySlug.ContainsKey).Select(s => bySlug[s])])];
    }
}
