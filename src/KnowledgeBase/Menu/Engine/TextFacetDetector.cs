using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// Finds vocabulary terms named in the free text ("pupils bringing knives" names young people, schools and knife
/// crime), so the text's plain words count as weaker facet choices. Matches whole stemmed phrases of a term's
/// slug, name or aliases.
/// </summary>
internal sealed class TextFacetDetector
{
    private readonly FrozenDictionary<string, ImmutableArray<Phrase>> _byFirstStem;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _termOrder;

    public TextFacetDetector(MenuCatalog catalog)
    {
        var phrases = new List<Phrase>();
        var order = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var facet in MenuFacets.All)
        {
            var vocabulary = catalog.VocabularyOf(facet);
            order[facet] = [.. vocabulary.Terms.Select(t => t.Slug)];
            foreach (var term in vocabulary.Terms)
            {
                var keys = new[] { term.Slug.Replace('-', ' '), term.Name }.Concat(term.Aliases);
                foreach (var stems in keys.Select(MenuText.Stems).Where(s => s.Count > 0))
                {
                    phrases.Add(new Phrase(facet, term.Slug, [.. stems]));
                }
            }
        }

        _byFirstStem = phrases.GroupBy(p => p.Stems[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _termOrder = order.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Facet -> term slugs the text names, in vocabulary order; facets with none are absent.</summary>
    public FrozenDictionary<string, ImmutableArray<string>> Detect(string text) => Detect(text, null);

    /// <summary>As <see cref="Detect(string)"/>, also collecting the words that named each term (key <see cref="WordsKey"/>), first use first.</summary>
    public FrozenDictionary<string, ImmutableArray<string>> Detect(string text, Dictionary<string, string>? words)
    {
        var typed = MenuText.Words(text);
        var stems = typed.ConvertAll(MenuText.Stem);
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(stems[i], out var candidates))
            {
                continue;
            }

            foreach (var phrase in candidates)
            {
                if (phrase.MatchesAt(stems, i))
                {
                    if (!found.TryGetValue(phrase.Facet, out var slugs))
                    {
                        found[phrase.Facet] = slugs = new HashSet<string>(StringComparer.Ordinal);
                    }

                    slugs.Add(phrase.Slug);
                    words?.TryAdd(WordsKey(phrase.Facet, phrase.Slug), string.Join(' ', typed.GetRange(i, phrase.Stems.Length)));
                }
            }
        }

        return found.ToFrozenDictionary(
            p => p.Key,
            p => _termOrder[p.Key].Where(p.Value.Contains).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    public static string WordsKey(string facet, string slug) => facet + "/" + slug;

    private sealed record Phrase(string Facet, string Slug, ImmutableArray<string> Stems)
    {
        public bool MatchesAt(List<string> text, int start)
        {
            if (start + Stems.Length > text.Count)
            {
                return false;
            }

            for (var k = 0; k < Stems.Length; k++)
            {
                if (text[start + k] != Stems[k])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
