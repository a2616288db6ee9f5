using System.Text.Json;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Static;

/// <summary>Each document, in index order (slug order): what a result shows, from the stored fields, and its facet values, from the doc values.</summary>
internal static class StaticDocs
{
    private static readonly HashSet<string> Stored = [IndexFields.Slug, IndexFields.Title, IndexFields.Kind, IndexFields.Url, IndexFields.Summary, IndexFields.Evidence, IndexFields.Parents, IndexFields.Governors];

    public static void Write(Utf8JsonWriter json, IndexReader reader, FacetTable facets)
    {
        var docs = Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d, Stored)).ToList();
        var linked = new LinkedDocs(docs);
        var parents = linked.Of(IndexFields.Parents);
        var governors = linked.Of(IndexFields.Governors);
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

            // As the engine's IndexedDoc.Parents and Governors: document numbers, for ParentBoost and GovernanceAnswer.
            Numbers(json, "parents", parents[d]);
            Numbers(json, "governors", governors[d]);

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

    private static void Numbers(Utf8JsonWriter json, string name, int[] numbers)
    {
        if (numbers.Length == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (int number in numbers)
        {
            json.WriteNumberValue(number);
        }

        json.WriteEndArray();
    }
}
