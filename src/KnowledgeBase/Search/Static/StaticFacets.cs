using System.Text.Json;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Static;

/// <summary>
/// The filter words a query may use, and each facet's values with their display names and the keys (analysed
/// words) a typed value resolves by, exactly as the server's <see cref="FacetCatalog"/> holds them.
/// </summary>
internal static class StaticFacets
{
    public static void Write(Utf8JsonWriter json, FacetCatalog catalog)
    {
        json.WriteStartObject("filterKeys");
        foreach (var (key, facet) in FilterKeys.All.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            json.WriteString(key.ToLowerInvariant(), facet);
        }

        json.WriteEndObject();
        json.WriteStartObject("facets");
        foreach (string facet in catalog.Facets)
        {
            json.WriteStartObject(facet);
            json.WriteStartObject("names");
            foreach (string value in catalog.ValuesOf(facet))
            {
                json.WriteString(value, catalog.NameOf(facet, value));
            }

            json.WriteEndObject();
            json.WriteStartObject("keys");
            foreach (var (key, value) in catalog.KeysOf(facet))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
