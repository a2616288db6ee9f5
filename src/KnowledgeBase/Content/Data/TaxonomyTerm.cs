using System.Collections.Immutable;

namespace KnowledgeBase.Content.Data;

/// <summary>One term of a controlled vocabulary, e.g. the need "prevention" or the borough "lambeth".</summary>
/// <param name="Aliases">Other words for the term, understood by search and the menu's free text.</param>
public sealed record TaxonomyTerm(string Slug, string Name, string Description, ImmutableArray<string> Aliases);
