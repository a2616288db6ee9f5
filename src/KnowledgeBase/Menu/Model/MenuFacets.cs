using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// The vocabulary keys a profile and an option share. They are the front matter's own field names, so the lead's
/// taxonomy loader, menu-data.json and the browser engine all speak the same keys.
/// </summary>
public static class MenuFacets
{
    public const string Needs = "needs";
    public const string CrimeTypes = "crime_types";
    public const string GangTypes = "gang_types";
    public const string Focus = "focus";
    public const string Boroughs = "boroughs";
    public const string Communities = "communities";
    public const string Audiences = "audiences";

    /// <summary>Every facet, in the order profiles are echoed and validated.</summary>
    public static readonly ImmutableArray<string> All = [Needs, CrimeTypes, GangTypes, Focus, Boroughs, Communities, Audiences];

    /// <summary>Facets scored as IDF-weighted term matches; needs and boroughs have rules of their own.</summary>
    public static readonly ImmutableArray<string> Matched = [CrimeTypes, GangTypes, Focus, Communities, Audiences];

    /// <summary>The community term that means "every community": it partly answers any community asked for.</summary>
    public const string AllCommunities = "all-communities";
}
