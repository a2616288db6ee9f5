using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// Turns what a commander typed into a term slug: the slug itself, the display name or an alias, in any case,
/// with spaces or hyphens, singular or plural ("Brixton" -> lambeth, "knife crime" -> knives); failing that, a
/// partial ("communities" -> local-communities) of a slug or display name that can mean only one term; failing
/// that, the terms a longer value names whole ("LB Southwark", "Lambeth and Southwark"); failing that, a near
/// spelling ("Hackny") that can mean only one term. Aliases match whole only: many are borrowed from the search
/// lexicon, and a part of one ("policing" of "proactive policing") says too little.
/// assets/menu.js resolves in the same steps.
/// </summary>
internal sealed class VocabularyResolver
{
    /// <summary>A partial value shorter than this says too little to pick a term ("a", "co").</summary>
    private const int PartialFrom = 3;

    private readonly FrozenDictionary<string, string> _slugByKey;
    private readonly FrozenSet<string> _ownKeys;
    private readonly ImmutableArray<KeyValuePair<string, string>> _keysInOrder;
    private readonly ImmutableArray<KeyValuePair<string, string>> _ownKeysInOrder;
    private readonly ImmutableArray<(string[] Words, string Slug)> _containable;

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
        _ownKeys = vocabulary.Terms.SelectMany(t => new[] { MenuText.Key(t.Slug), MenuText.Key(t.Name) }).ToFrozenSet(StringComparer.Ordinal);
        _keysInOrder = [.. map.OrderBy(p => p.Key, StringComparer.Ordinal)];
        _ownKeysInOrder = [.. vocabulary.Terms
            .SelectMany(t => new[] { KeyValuePair.Create(MenuText.Key(t.Slug), t.Slug), KeyValuePair.Create(MenuText.Key(t.Name), t.Slug) })
            .Where(p => p.Key.Length > 0)
            .Distinct()
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)];

        // Slugs and names only, as for partials ("the City of Westminster" holds the alias "city").
        _containable = [.. Content.Data.TermReading.LongestFirst(_ownKeysInOrder.Select(p => (p.Key.Split(' '), p.Value)))];
    }

    public MenuVocabulary Vocabulary { get; }

    public string? Resolve(string value) => Read(value).Slug;

    /// <summary>
    /// Reads a value: exact key, else a unique word-prefix match, else the terms it holds whole, else a unique
    /// nearest spelling.
    /// </summary>
    public VocabularyReading Read(string value)
    {
        var key = MenuText.Key(value);
        if (key.Length == 0)
        {
            return VocabularyReading.Unknown;
        }

        if (_slugByKey.TryGetValue(key, out var exact))
        {
            return new VocabularyReading(exact, [], !_ownKeys.Contains(key));
        }

        List<string> partial = key.Length >= PartialFrom
            ? Distinct(_ownKeysInOrder.Where(p => StartsAWord(p.Key, key)).Select(p => p.Value))
            : [];
        if (partial.Count > 0)
        {
            return Reading(partial);
        }

        var contained = Contained(key);
        if (contained.Count > 0)
        {
            return new VocabularyReading(contained[0], [], true) { Together = contained.Count > 1 ? [.. contained] : [] };
        }

        return Reading(Nearest(key));
    }

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
        foreach (var (candidate, slug) in _keysInOrder)
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

    /// <summary>"community" starts a word of "local community"; "prevent" starts "prevention".</summary>
    private static bool StartsAWord(string candidate, string key)
    {
        for (var at = candidate.IndexOf(key, StringComparison.Ordinal); at >= 0; at = candidate.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || candidate[at - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The terms whose slug or name appears as whole words in a value of two words or more, longest key first and no two on
    /// the same words: a commander's "LB Southwark" or "Tower Hamlets borough" names one borough, "Lambeth and
    /// Southwark" two. In vocabulary order.
    /// </summary>
    private List<string> Contained(string key) => Distinct(Content.Data.TermReading.Held(_containable, key.Split(' ')));

    private List<string> Nearest(string key) => Distinct(Content.Data.TermReading.Nearest(_ownKeysInOrder.Select(p => (p.Key, p.Value)), key));

    private List<string> Distinct(IEnumerable<string> slugs)
    {
        var set = slugs.ToHashSet(StringComparer.Ordinal);
        return [.. Vocabulary.Terms.Select(t => t.Slug).Where(set.Contains)];
    }

    private static VocabularyReading Reading(List<string> slugs) => slugs.Count switch
    {
        0 => VocabularyReading.Unknown,
        1 => new VocabularyReading(slugs[0], [], true),
        _ => new VocabularyReading(null, [.. slugs], false),
    };
}
