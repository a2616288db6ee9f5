using System.Collections.Immutable;

namespace KnowledgeBase.Content.Data;

/// <summary>A controlled vocabulary: its key (the front matter field), names, and terms in file order.</summary>
public sealed record Taxonomy(string Key, string Title, string Singular, string Description, ImmutableArray<TaxonomyTerm> Terms)
{
    private readonly ImmutableDictionary<string, TaxonomyTerm> _bySlug =
        Terms.GroupBy(t => t.Slug, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The URL segment: the key with hyphens, e.g. crime-types.</summary>
    public string UrlSegment => Key.Replace('_', '-');

    public TaxonomyTerm? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public IReadOnlyCollection<string> Slugs => [.. Terms.Select(t => t.Slug)];
}
