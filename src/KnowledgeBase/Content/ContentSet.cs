using System.Collections.Immutable;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Content.Sources;

namespace KnowledgeBase.Content;

/// <summary>Everything loaded from <c>content/</c>: vocabularies, glossary, synonyms, entries, pages and the home page.</summary>
public sealed record ContentSet(
    TaxonomySet Taxonomies,
    Glossary Glossary,
    SynonymSet Synonyms,
    ImmutableArray<Entry> Entries,
    Entry? Home)
{
    /// <summary>The source documents entries cite, read from <c>sources/</c>; empty when the site has none.</summary>
    public SourceLibrary Sources { get; init; } = SourceLibrary.Empty;

    public static ContentSet Empty { get; } = new(TaxonomySet.Empty, Glossary.Empty, SynonymSet.Empty, [], null);
}
