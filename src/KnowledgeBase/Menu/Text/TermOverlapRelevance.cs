using System.Collections.Frozen;

namespace KnowledgeBase.Menu;

/// <summary>
/// The browser's free-text relevance, in C#: for each distinct word of the text, ln(1 + N/df) for every option
/// holding it, doubled when the word is in the title, summary or keywords; normalised so the best option is 1.
/// Cruder than the search index's BM25 (no term frequency, no length normalisation, no synonyms), but it needs
/// only the word lists menu-data.json carries. Used to check menu.js against the C# engine, and as a fallback.
/// </summary>
public sealed class TermOverlapRelevance : ITextRelevance
{
    private readonly string[] _slugs;
    private readonly FrozenDictionary<string, (int Option, double Weight)[]> _postings;

    public TermOverlapRelevance(MenuCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _slugs = [.. catalog.Options.Select(o => o.Slug)];
        var postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Options.Length; i++)
        {
            var words = OptionWords.Of(catalog.Options[i]);
            foreach (var (stems, weight) in new[] { (words.Strong, 2.0), (words.Body, 1.0) })
            {
                foreach (var stem in stems)
                {
                    if (!postings.TryGetValue(stem, out var list))
                    {
                        postings[stem] = list = [];
                    }

                    list.Add((i, weight));
                }
            }
        }

        _postings = postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, double> Score(string text)
    {
        var totals = new double[_slugs.Length];
        var touched = new List<int>();
        foreach (var stem in MenuText.ContentStems(text).Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(stem, out var postings))
            {
                continue;
            }

            var idf = Math.Log(1.0 + ((double)_slugs.Length / postings.Length));
            foreach (var (option, weight) in postings)
            {
                if (totals[option] == 0)
                {
                    touched.Add(option);
                }

                totals[option] += idf * weight;
            }
        }

        var best = 0.0;
        foreach (var i in touched)
        {
            best = Math.Max(best, totals[i]);
        }

        var scores = new Dictionary<string, double>(touched.Count, StringComparer.Ordinal);
        foreach (var i in touched)
        {
            scores[_slugs[i]] = totals[i] / best;
        }

        return scores;
    }
}
