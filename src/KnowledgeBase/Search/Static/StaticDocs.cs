using System.Text.Json;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Static;

/// <summary>Each document, in index order (slug order): what a result shows, from the stored fields, and its facet values, from the doc values.</summary>
internal static class StaticDocs
{
    private static readonly HashSet<string> Stored = [IndexFields.Slug, IndexFields.Title, IndexFields.Kind, IndexFields.Url, IndexFields.Summary, IndexFields.Evidence, IndexFields.Parents];

    public static void Write(Utf8JsonWriter json, IndexReader reader, FacetTable facets)
    {
        var docs = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d, Stored)).ToList();
        var parents = ParentBoost.ParentsOf(docs);
        json.WriteStartArray("docs");
        for (int d = 0; d < reader.MaxDoc; d++)
        {
            var doc = docs[d];
            json.WriteStartObject();
            json.WriteString("slug", doc.Get(IndexFields.Slug));
            json.WriteString("title", doc.Get(IndexFields.Title));
            json.WriteString("kind", doc.Get(IndexFields.Kind));
            json.WriteString("url", doc.Get(IndexFields.Url));
            json.WriteString("summary", doc.Get(IndexFields.Summary) ?? string.Empty);
            if (doc.Get(IndexFields.Evidence) is { } evidence)
            {
                json.WriteString("evidence", evidence);
            }

            // As the engine's IndexedDoc.Parents: document numbers, for ParentBoost.
            if (parents[d].Length > 0)
            {
                json.WriteStartArray("parents");
                foreach (int parent in parents[d])
                {
                    json.WriteNumberValue(parent);
                }

                json.WriteEndArray();
            }

            json.WriteStartObject("facets");
            foreach (var group in facets.ValuesOf(d).GroupBy(p => p.Facet))
            {
                StaticSettings.Strings(json, group.Key, group.Select(p => p.Value));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
