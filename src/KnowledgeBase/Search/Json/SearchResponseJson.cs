using System.Text.Json;

namespace KnowledgeBase.Search.Json;

/// <summary>
/// The JSON other tools rely on, shared by <c>kb search --json</c> and kb serve's <c>/api/search</c>:
/// {"query", "total", "results": [{"slug", "title", "kind", "url", "score", "snippet", "evidence"}], "facets", "message"}.
/// </summary>
public static class SearchResponseJson
{
    public static void Write(Utf8JsonWriter json, SearchResponse response)
    {
        json.WriteStartObject();
        json.WriteString("query", response.Query);
        json.WriteNumber("total", response.Total);
        json.WriteStartArray("results");
        foreach (var hit in response.Results)
        {
            json.WriteStartObject();
            json.WriteString("slug", hit.Slug);
            json.WriteString("title", hit.Title);
            json.WriteString("kind", hit.Kind);
            json.WriteString("url", hit.Url);
            json.WriteNumber("score", Math.Round(hit.Score, 6));
            json.WriteString("snippet", hit.Snippet);
            if (hit.Evidence is null)
            {
                json.WriteNull("evidence");
            }
            else
            {
                json.WriteString("evidence", hit.Evidence);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("facets");
        foreach (var (facet, counts) in response.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            json.WriteStartArray(facet);
            foreach (var count in counts)
            {
                json.WriteStartObject();
                json.WriteString("value", count.Value);
                json.WriteString("name", count.Name);
                json.WriteNumber("count", count.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        if (response.Message is null)
        {
            json.WriteNull("message");
        }
        else
        {
            json.WriteString("message", response.Message);
        }

        json.WriteEndObject();
    }

    public static string ToJson(SearchResponse response, bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(json, response);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
