using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>Facet filters, from the query (borough:lambeth) or from the request.</summary>
internal sealed partial class LuceneQueryBuilder
{
    /// <summary>A filter's query, or null (with a message listing the allowed values) when nothing it names exists.</summary>
    private Query? Filter(string key, string typed)
    {
        string? facet = FilterKeys.FacetOf(key) ?? (context.Catalog.Facets.Contains(key) ? key : null);
        if (facet is null)
        {
            messages.Add($"Unknown filter \"{key}\". Filters: kind, need, crime, gang, focus, borough, community, audience, status.");
            return null;
        }

        var values = new List<string>();
        var unknown = new List<string>();
        foreach (string part in typed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var read = context.Catalog.Read(facet, part, out bool loose);
            if (read.Count == 0)
            {
                unknown.Add(part);
                continue;
            }

            values.AddRange(read);
            if (loose)
            {
                messages.Add($"The {facet.Replace('_', ' ')} \"{part}\" was read as {string.Join(" and ", read.Select(v => context.Catalog.NameOf(facet, v)))}.");
            }
        }

        if (unknown.Count > 0 || values.Count == 0)
        {
            string what = unknown.Count > 0 ? $"Unknown {facet.Replace('_', ' ')} \"{string.Join(", ", unknown)}\"" : $"No {facet.Replace('_', ' ')} given";
            string ignored = values.Count == 0 ? " (filter ignored)" : string.Empty;
            messages.Add($"{what}{ignored}. Allowed values: {string.Join(", ", context.Catalog.ValuesOf(facet))}.");
        }

        if (values.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (string value in values.Distinct(StringComparer.Ordinal))
        {
            any.Add(new TermQuery(new Term(IndexFields.Facet(facet), value)), Occur.SHOULD);
        }

        return any;
    }
}
