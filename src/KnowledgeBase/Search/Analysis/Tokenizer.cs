using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Analysis;

/// <summary>Splits text into folded word tokens. Mirrored line by line in search.js.</summary>
internal static class Tokenizer
{
    /// <summary>Longer runs are not words (base64, pasted garbage) and are skipped rather than indexed.</summary>
    public const int MaxTokenLength = 48;

    public static List<Token> Tokenize(string text) => Tokenize(text, null);

    /// <summary>
    /// With an analyzer, each token's text is the analyzer's shared copy of the word and carries its term.
    /// </summary>
    public static List<Token> Tokenize(string text, TextAnalyzer? analyzer)
    {
        var sink = new ListSink(analyzer);
        Scan(text, ref sink);
        return sink.Tokens;
    }

    /// <summary>
    /// Finds the words of <paramref name="text"/> and hands each to <paramref name="sink"/>, folded.
    /// Note: words are folded into a stack buffer and handed over as spans, so a sink that looks them up by span
    /// allocates nothing for a word seen before; a string per word was most of the build's time on 10,000 entries.
    /// A struct sink is inlined: the index builder and the query side share this one loop at no cost.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan<TSink>(string text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        Span<char> buffer = stackalloc char[2 * MaxTokenLength];
        int i = 0, n = text.Length, previousEnd = -2;
        while (i < n)
        {
            if (!CharFolding.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < n && (CharFolding.IsWordChar(text[i])
                || (CharFolding.IsApostrophe(text[i]) && i + 1 < n && CharFolding.IsWordChar(text[i + 1]))))
            {
                i++;
            }

            bool hyphenated = start - previousEnd == 1 && IsHyphen(text[start - 1]);
            previousEnd = i;
            if (i - start > MaxTokenLength)
            {
                continue;
            }

            int length = Fold(text, start, i, buffer);
            if (length > 0)
            {
                sink.Add(buffer[..length], start, i, hyphenated);
            }
        }
    }

    private static bool IsAcronymPlural(string text, int start, int end)
    {
        if (end - start < 3 || text[end - 1] != 's')
        {
            return false;
        }

        for (int k = start; k < end - 1; k++)
        {
            if (!((text[k] >= 'A' && text[k] <= 'Z') || (text[k] >= '0' && text[k] <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHyphen(char c) => c == '-' || c == '\u2010' || c == '\u2011';

    /// <summary>Writes the folded word into <paramref name="buffer"/>; returns its length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Fold(string text, int start, int end, Span<char> buffer)
    {
        int at = 0;
        if (IsAcronymPlural(text, start, end))
        {
            end--; // "PPOs" is the plural of PPO; Porter2 would keep the s, as a vowel stands right before it
        }

        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (CharFolding.IsApostrophe(c))
            {
                // "London's" is London; "don't" is dont.
                bool possessive = k + 2 == end && (text[k + 1] == 's' || text[k + 1] == 'S');
                if (possessive)
                {
                    break;
                }

                continue;
            }

            at = CharFolding.Append(buffer, at, c);
        }

        return at;
    }

    /// <summary>Collects tokens into a list, each word's string shared through the analyzer when there is one.</summary>
    private struct ListSink(TextAnalyzer? analyzer) : ITokenSink
    {
        public List<Token> Tokens { get; } = [];

        public readonly void Add(ReadOnlySpan<char> folded, int start, int end, bool hyphenated)
        {
            if (analyzer is null)
            {
                Tokens.Add(new Token(new string(folded), start, end, hyphenated));
            }
            else
            {
                var (word, term) = analyzer.Word(folded);
                Tokens.Add(new Token(word, start, end, hyphenated, term));
            }
        }
    }
}
