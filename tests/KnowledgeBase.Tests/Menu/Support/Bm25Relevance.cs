using KnowledgeBase.Menu;
namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>
/// A small BM25 over each option's title, summary, keywords and body, standing in for the site's search index
/// in tests. Title, summary and keywords count twice (a BM25F-style boost), stems are the menu's light stems,
/// and scores are divided by the best so the top option is 1.
/// </summary>
internal sealed class Bm25Relevance : ITextRelevance
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly string[] _slugs;
    private readonly Dictionary<string, double>[] _frequencies;
    private readonly double[] _lengths;
    private readonly double _averageLength;
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);

    public Bm25Relevance(MenuCatalog catalog)
    {
        _slugs = [.. catalog.Options.Select(o => o.Slug)];
        _frequencies = new Dictionary<string, double>[_slugs.Length];
        _lengths = new double[_slugs.Length];
        for (var i = 0; i < _slugs.Length; i++)
        {
            var option = catalog.Options[i];
            var tf = new Dictionary<string, double>(StringComparer.Ordinal);
            var strong = string.Join(' ', new[] { option.Title, option.Summary }.Concat(option.Keywords));
            foreach (var (text, weight) in new[] { (strong, 2.0), (option.Body, 1.0) })
            {
                foreach (var stem in MenuText.ContentStems(text))
                {
                    tf[stem] = tf.GetValueOrDefault(stem) + weight;
                    _lengths[i] += weight;
                }
            }

            _frequencies[i] = tf;
            foreach (var stem in tf.Keys)
            {
                _documentFrequency[stem] = _documentFrequency.GetValueOrDefault(stem) + 1;
            }
        }

        _averageLength = _lengths.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
    }

    public IReadOnlyDictionary<string, double> Score(string text)
    {
        var stems = MenuText.ContentStems(text).Distinct(StringComparer.Ordinal).ToList();
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < _slugs.Length; i++)
        {
            var score = 0.0;
            foreach (var stem in stems)
            {
                if (!_frequencies[i].TryGetValue(stem, out var tf))
                {
                    continue;
                }

                var df = _documentFrequency[stem];
                var idf = Math.Log(1 + ((_slugs.Length - df + 0.5) / (df + 0.5)));
                score += idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * _lengths[i] / _averageLength))));
            }

            if (score > 0)
            {
                scores[_slugs[i]] = score;
            }
        }

        var best = scores.Count == 0 ? 1 : scores.Values.Max();
        return scores.ToDictionary(p => p.Key, p => p.Value / best, StringComparer.Ordinal);
    }
}
