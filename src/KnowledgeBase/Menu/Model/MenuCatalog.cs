using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>Everything the menu ranks from: the options and the vocabularies their terms come from.</summary>
public sealed record MenuCatalog(ImmutableArray<MenuOptionData> Options, ImmutableArray<MenuVocabulary> Vocabularies)
{
    /// <summary>The vocabulary of a facet; an empty one when the catalog has none, so lookups never fail.</summary>
    public MenuVocabulary VocabularyOf(string facet)
    {
        foreach (var vocabulary in Vocabularies)
        {
            if (vocabulary.Facet == facet)
            {
                return vocabulary;
            }
        }

        return new MenuVocabulary(facet, facet, facet, []);
    }
}
