using System.Collections.Immutable;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Content;

/// <summary>Everything loaded from <c>content/</c>: vocabularies, glossary, synonyms, entries, pages and the home page.</summary>
public sealed record ContentSet(
    TaxonomySet Taxonomies,
    Glossary Glossary,
    SynonymSet Synonyms,
    ImmutableArray<Entry> Entries,
    Entry? Home)
{
    public static ContentSet Empty { get; } = new(TaxonomySet.Empty, Glossary.Empty, SynonymSet.Empty, [], null);
}
