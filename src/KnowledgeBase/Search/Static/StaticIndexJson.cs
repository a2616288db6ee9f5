using System.Text.Json;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Static;

/// <summary>The JSON layout of the static index, written in one fixed order.</summary>
internal static class StaticIndexJson
{
    public static void Write(Utf8JsonWriter json, BuiltIndex index)
    {
        // The file numbers terms by their sorted position; ids maps a build's term id to that number.
        var used = new bool[index.Terms.Length];
        foreach (var doc in index.Docs)
        {
            foreach (var field in doc.Fields)
            {
                foreach (int id in field)
                {
                    used[id] = true;
                }
            }
        }

        var terms = index.Terms.OfType<IndexTerm>().Where(t => used[t.Id]).OrderBy(t => t.Text, StringComparer.Ordinal).ToArray();
        var ids = new int[index.Terms.Length];
        for (int i = 0; i < terms.Length; i++)
        {
            ids[terms[i].Id] = i;
        }

        json.WriteStartObject();
        json.WriteNumber("version", StaticIndexWriter.Version);
        Strings(json, "fields", IndexField.Names);
        json.WriteStartArray("weights");
        foreach (double w in IndexField.Weights)
        {
            json.WriteNumberValue(w);
        }

        json.WriteEndArray();
        json.WriteNumber("rows", index.Docs.Count * (1 + IndexField.PaddingFactor));
        WriteAnalyzer(json);
        WriteLexicon(json, index.Lexicon);
        Strings(json, "terms", terms.Select(t => t.Text));
        json.WriteStartArray("words");
        foreach (var (word, term) in index.Words)
        {
            json.WriteStartArray();
            json.WriteStringValue(word);
            json.WriteNumberValue(ids[term.Id]);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        WriteDocs(json, index, ids);
        json.WriteEndObject();
    }

    private static void WriteDocs(Utf8JsonWriter json, BuiltIndex index, int[] ids)
    {
        json.WriteStartArray("docs");
        foreach (var doc in index.Docs)
        {
            var s = doc.Source;
            json.WriteStartObject();
            json.WriteString("slug", s.Slug);
            json.WriteString("title", s.Title);
            json.WriteString("kind", s.Kind);
            json.WriteString("url", s.Url);
            json.WriteString("summary", s.Summary);
            json.WriteStartObject("facets");
            foreach (var (facet, values) in doc.Facets)
            {
                Strings(json, facet, values);
            }

            json.WriteEndObject();
            json.WriteStartArray("f");
            foreach (var field in doc.Fields)
            {
                json.WriteStartArray();
                foreach (int id in field)
                {
                    json.WriteNumberValue(ids[id]);
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAnalyzer(Utf8JsonWriter json)
    {
        json.WriteStartObject("analyzer");
        Strings(json, "latin", CharFolding.Latin);
        Strings(json, "stopWords", AnalyzerTables.StopWords);
        json.WriteStartObject("wordForms");
        foreach (var (word, form) in AnalyzerTables.WordForms.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            json.WriteString(word, form);
        }

        json.WriteEndObject();
        Table(json, "rootForms", AnalyzerTables.RootForms);
        Table(json, "suffixForms", AnalyzerTables.SuffixForms);
        json.WriteEndObject();
    }

    private static void WriteLexicon(Utf8JsonWriter json, SearchLexicon lexicon)
    {
        json.WriteStartObject("lexicon");
        Table(json, "glossary", lexicon.Glossary.Select(g => new[] { g.Acronym, g.Expansion }));
        Table(json, "synonyms", lexicon.Synonyms);
        json.WriteStartObject("facetValues");
        foreach (var (facet, values) in lexicon.FacetValues)
        {
            json.WriteStartObject(facet);
            foreach (var (value, name) in values)
            {
                json.WriteString(value, name);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }

    private static void Table(Utf8JsonWriter json, string name, IEnumerable<IEnumerable<string>> rows)
    {
        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartArray();
            foreach (string v in row)
            {
                json.WriteStringValue(v);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
