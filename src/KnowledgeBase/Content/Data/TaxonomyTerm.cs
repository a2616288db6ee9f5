using System.Collections.Immutable;

namespace KnowledgeBase.Content.Data;

/// <summary>One term of a controlled vocabulary, e.g. the need "prevention" or the borough "lambeth".</summary>
/// <param name="Aliases">Other words for the term, understood by search and the menu's free text.</param>
public sealed record TaxonomyTerm(string Slug, string Name, string Description, ImmutableArray<string> Aliases)
{
    /// <summary>
    /// For a gang type, the crime type its groups commit ("peer-groups" commit "gangs", group offending): the menu
    /// reads a profile naming the gang type and no crime type as asking about that crime type too.
    /// </summary>
    public string? CrimeType { get; init; }
}
