using System.Collections.Concurrent;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Turns text into index terms: fold case and accents, split into words, normalise spelling, stem.
/// One instance caches the term of every word it has seen; it is safe to share between threads.
/// </summary>
internal sealed class TextAnalyzer
{
    private static readonly HashSet<string> Stop = new(AnalyzerTables.StopWords, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    public static bool IsStopWord(string folded) => Stop.Contains(folded);

    /// <summary>The term of one folded word.</summary>
    public string Term(string folded) => cache.GetOrAdd(folded, Compute);

    public List<Token> Tokenize(string text) => Tokenizer.Tokenize(text);

    /// <summary>The terms of a text, stop words included (the index keeps them so phrases match exactly).</summary>
    public List<string> Terms(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var terms = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            terms.Add(Term(token.Text));
        }

        return terms;
    }

    private static string Compute(string folded)
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
