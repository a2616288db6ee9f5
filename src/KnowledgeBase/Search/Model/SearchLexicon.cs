namespace KnowledgeBase.Search;

/// <summary>What search knows about the manual's language, stored inside the index.</summary>
/// <param name="Glossary">Acronyms and their expansions, expanded both ways.</param>
/// <param name="Synonyms">Groups of equivalent words or phrases. Taxonomy aliases belong here too, as one group per
/// term (display name first, then aliases): filters then accept aliases ("borough:tottenham").</param>
/// <param name="FacetValues">Facet key to (term slug to display name): validates filters and names facet counts.</param>
public sealed record SearchLexicon(
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FacetValues)
{
    /// <summary>A lexicon that knows nothing: plain full-text search.</summary>
    public static SearchLexicon Empty { get; } = new([], [], new Dictionary<string, IReadOnlyDictionary<string, string>>());
}
