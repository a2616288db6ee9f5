using System.Collections.Immutable;

namespace KnowledgeBase.Content.Data;

/// <summary>All controlled vocabularies of the site, and the register of citable source documents.</summary>
public sealed record TaxonomySet(ImmutableArray<Taxonomy> Facets, Taxonomy Sources)
{
    /// <summary>The vocabularies every entry may use, in the order pages show them. Each is a front matter field.</summary>
    public static IReadOnlyList<string> FacetKeys { get; } =
        ["needs", "crime_types", "gang_types", "focus", "boroughs", "communities", "audiences"];

    public const string SourcesKey = "sources";

    public static TaxonomySet Empty { get; } = new(
        [.. FacetKeys.Select(k => new Taxonomy(k, k, k, "", []))],
        new Taxonomy(SourcesKey, "Sources", "Source", "", []));

    public Taxonomy Get(string key) => Facets.First(t => t.Key == key);
}
