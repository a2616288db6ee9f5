using System.Collections.Frozen;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Templates.Model;

/// <summary>A vocabulary of <c>content/taxonomies.yml</c> (needs, crime types, boroughs, ...) and its terms.</summary>
public sealed class TaxonomyView(Taxonomy taxonomy, TemplateModel model)
{
    private readonly Lazy<IReadOnlyList<TermView>> _terms = new(() => [.. taxonomy.Terms.Select(t => new TermView(taxonomy, t, model))]);
    private FrozenDictionary<string, TermView>? _bySlug;

    /// <summary>The front matter field: needs, crime_types, boroughs, ...</summary>
    public string Key => taxonomy.Key;

    public string Title => taxonomy.Title;

    public string Singular => taxonomy.Singular;

    public string Description => taxonomy.Description;

    /// <summary>The vocabulary's page, listing its terms.</summary>
    public string Url => model.Urls.Taxonomy(taxonomy);

    /// <summary>The terms in the file's order.</summary>
    public IReadOnlyList<TermView> Terms => _terms.Value;

    internal TermView? Find(string slug) =>
        LazyInitializer.EnsureInitialized(ref _bySlug, () => Terms.DistinctBy(t => t.Slug).ToFrozenDictionary(t => t.Slug, StringComparer.Ordinal)).GetValueOrDefault(slug);
}
