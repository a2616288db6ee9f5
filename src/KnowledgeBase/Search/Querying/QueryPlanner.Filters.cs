using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Querying;

/// <summary>Facet filters, from the query (borough:lambeth) or from the request.</summary>
internal sealed partial class QueryPlanner
{
    /// <summary>A filter's plan, or null (with a message listing the allowed values) when nothing it names exists.</summary>
    private FacetPlan? Filter(string key, string typed)
    {
        string? facet = FilterKeys.FacetOf(key) ?? (catalog.Facets.Contains(key) ? key : null);
        if (facet is null)
        {
            messages.Add($"Unknown filter \"{key}\". Filters: kind, need, crime, gang, focus, borough, community, audience, status.");
            return null;
        }

        var tokens = new List<string>();
        var unknown = new List<string>();
        foreach (string part in typed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (catalog.Resolve(facet, part) is { } value)
            {
                tokens.Add(FacetToken.Of(facet, value));
            }
            else
            {
                unknown.Add(part);
            }
        }

        if (unknown.Count > 0 || tokens.Count == 0)
        {
            string what = unknown.Count > 0 ? $"Unknown {facet.Replace('_', ' ')} \"{string.Join(", ", unknown)}\"" : $"No {facet.Replace('_', ' ')} given";
            string ignored = tokens.Count == 0 ? " (filter ignored)" : string.Empty;
            messages.Add($"{what}{ignored}. Allowed values: {string.Join(", ", catalog.ValuesOf(facet))}.");
        }

        return tokens.Count == 0 ? null : new FacetPlan(tokens.Distinct().ToList());
    }
}
