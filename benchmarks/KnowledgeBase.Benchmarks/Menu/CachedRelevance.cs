using KnowledgeBase.Menu;

namespace KnowledgeBase.Benchmarks.Menu;

/// <summary>Remembers each text's relevance, to time the engine apart from whatever scores the text.</summary>
internal sealed class CachedRelevance(ITextRelevance inner) : ITextRelevance
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, double>> _cache = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Score(string text)
    {
        if (!_cache.TryGetValue(text, out var scores))
        {
            _cache[text] = scores = inner.Score(text);
        }

        return scores;
    }
}
