using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Turns text into index terms: fold case and accents, split into words, normalise spelling, stem.
/// One instance caches every word it has seen (one shared string per word, and its term); it is safe to share
/// between threads.
/// </summary>
internal sealed class TextAnalyzer
{
    private static readonly HashSet<string> Stop = new(AnalyzerTables.StopWords, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public TextAnalyzer() => bySpan = cache.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(string folded) => Stop.Contains(folded);

    /// <summary>The term of one folded word.</summary>
    public string Term(string folded) => cache.TryGetValue(folded, out string? term) ? term : Word(folded).Term;

    /// <summary>The cached copy of a folded word and its term: no allocation once the word has been seen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (string Folded, string Term) Word(ReadOnlySpan<char> folded)
    {
        if (bySpan.TryGetValue(folded, out string? word, out string? term))
        {
            return (word, term);
        }

        string key = new(folded);
        string computed = cache.GetOrAdd(key, TermOf);
        // Another thread may have added the word first: use its copy, so every token shares one string.
        return bySpan.TryGetValue(folded, out word, out term) ? (word, term) : (key, computed);
    }

    /// <summary>
    /// Fills the cache with words already analysed (an index's word table). Note: without it, the first
    /// snippets over a body stem every word in it again; the index file records what each word's term is.
    /// </summary>
    public void Seed(IEnumerable<KeyValuePair<string, string>> words)
    {
        foreach (var (word, term) in words)
        {
            cache.TryAdd(word, term);
        }
    }

    public List<Token> Tokenize(string text) => Tokenizer.Tokenize(text, this);

    /// <summary>The terms of a text, stop words included (the index keeps them so phrases match exactly).</summary>
    public List<string> Terms(string text)
    {
        var tokens = Tokenizer.Tokenize(text, this);
        var terms = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            terms.Add(token.Term!);
        }

        return terms;
    }

    /// <summary>The term of one folded word, worked out afresh (no cache): spelling normalised, then stemmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string TermOf(string folded)
    {
        string word = SpellingNormalizer.Normalize(folded);
        foreach (char c in word)
        {
            // Codes such as SCD8 or CO14 are names, not English words.
            if (c >= '0' && c <= '9')
            {
                return word;
            }
        }

        return EnglishStemmer.Stem(word);
    }
}
