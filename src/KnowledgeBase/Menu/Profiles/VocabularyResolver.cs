using System.Collections.Frozen;

namespace KnowledgeBase.Menu;

/// <summary>
/// Turns what a commander typed into a term slug: the slug itself, the display name or an alias, in any case,
/// with spaces or hyphens, singular or plural ("Brixton" -> lambeth, "knife crime" -> knives).
/// </summary>
internal sealed class VocabularyResolver
{
    private readonly FrozenDictionary<string, string> _slugByKey;

    public VocabularyResolver(MenuVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);

        // Slugs claim their keys before names, names before aliases, so an alias shared by two terms
        // ("pupils": young people and schools) can never take a key that is another term's own name.
        foreach (var term in vocabulary.Terms)
        {
            map.TryAdd(MenuText.Key(term.Slug), term.Slug);
        }

        foreach (var term in vocabulary.Terms)
        {
            map.TryAdd(MenuText.Key(term.Name), term.Slug);
        }

        foreach (var term in vocabulary.Terms)
        {
            foreach (var alias in term.Aliases)
            {
                map.TryAdd(MenuText.Key(alias), term.Slug);
            }
        }

        map.Remove("");
        _slugByKey = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public MenuVocabulary Vocabulary { get; }

    public string? Resolve(string value) =>
        _slugByKey.TryGetValue(MenuText.Key(value), out var slug) ? slug : null;

    /// <summary>The closest known term to a value that did not resolve, for "did you mean".</summary>
    public string? Suggest(string value)
    {
        var key = MenuText.Key(value);
        if (key.Length == 0)
        {
            return null;
        }

        var limit = Math.Max(1, key.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (candidate, slug) in _slugByKey.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var distance = Math.Abs(key.Length - candidate.Length) > limit ? limit + 1 : Diagnostics.Suggestions.Distance(key, candidate);
            if (distance <= limit && distance < bestDistance)
            {
                best = slug;
                bestDistance = distance;
            }
        }

        return best;
    }
}
