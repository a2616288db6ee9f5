namespace KnowledgeBase.Search.Querying;

/// <summary>The words a query may use before ":" to filter, and the facet each names.</summary>
internal static class FilterKeys
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kind"] = "kind", ["type"] = "kind",
        ["need"] = "need", ["needs"] = "need",
        ["crime"] = "crime_type", ["crimes"] = "crime_type", ["crime_type"] = "crime_type", ["crime_types"] = "crime_type",
        ["crime-type"] = "crime_type",
        ["gang"] = "gang_type", ["gangs"] = "gang_type", ["gang_type"] = "gang_type", ["gang_types"] = "gang_type",
        ["gang-type"] = "gang_type",
        ["focus"] = "focus",
        ["borough"] = "borough", ["boroughs"] = "borough",
        ["community"] = "community", ["communities"] = "community",
        ["audience"] = "audience", ["audiences"] = "audience",
        ["status"] = "status",
    };

    /// <summary>Every filter word and its facet (compared ignoring case), for the static index.</summary>
    public static IReadOnlyDictionary<string, string> All => Keys;

    public static bool IsKey(string word) => Keys.ContainsKey(word);

    /// <summary>The facet a filter word names, or null.</summary>
    public static string? FacetOf(string word) => Keys.TryGetValue(word, out string? facet) ? facet : null;
}
