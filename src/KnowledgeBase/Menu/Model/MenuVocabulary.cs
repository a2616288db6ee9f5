using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>A facet's controlled vocabulary (content/taxonomies.yml), in its published order.</summary>
/// <param name="Facet">One of <see cref="MenuFacets"/>.</param>
/// <param name="Singular">The facet named for one value ("Borough"), for messages.</param>
public sealed record MenuVocabulary(string Facet, string Title, string Singular, ImmutableArray<MenuTerm> Terms)
{
    /// <summary>The display name of a term, or the slug itself when the vocabulary does not know it.</summary>
    public string NameOf(string slug)
    {
        foreach (var term in Terms)
        {
            if (term.Slug == slug)
            {
                return term.Name;
            }
        }

        return slug;
    }
}
