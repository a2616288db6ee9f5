using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>One term of a controlled vocabulary, with the other words a commander may use for it.</summary>
public sealed record MenuTerm(string Slug, string Name, ImmutableArray<string> Aliases)
{
    /// <summary>For a gang type, the crime type its groups commit (<c>crime_type</c> in taxonomies.yml).</summary>
    public string? CrimeType { get; init; }

    public MenuTerm(string slug, string name)
        : this(slug, name, [])
    {
    }
}
