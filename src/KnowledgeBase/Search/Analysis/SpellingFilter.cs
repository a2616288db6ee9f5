using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Brings British and American spellings to one form before stemming ("organized" and "organised",
/// "neighborhood" and "neighbourhood", "barreled" and "barrelled"), from <see cref="SpellingTables"/>. Runs on
/// lower-cased terms; keywords (concept tokens) pass untouched.
/// </summary>
internal sealed class SpellingFilter : TokenFilter
{
    private static readonly CharArrayDictionary<string> WordForms = new(LuceneVersion.LUCENE_48, SpellingTables.WordForms, ignoreCase: false);
    private static readonly string[] LEndings = ["lled", "lling", "llers", "ller"];

    // Most words hold none of the marks every rule needs ("or" in a root, "z" in a suffix, "ll" for the double l):
    // they are passed after three scans instead of thirty-five comparisons. Derived from the tables, so a new rule
    // without the mark only turns the shortcut off.
    private static readonly bool RootsNeedOr = SpellingTables.RootForms.All(r => r[0].Contains("or", StringComparison.Ordinal));
    private static readonly bool SuffixesNeedZ = SpellingTables.SuffixForms.All(r => r[0].Contains('z', StringComparison.Ordinal));
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public SpellingFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword && Normalize(term.Buffer, term.Length) is { } changed)
        {
            term.SetEmpty().Append(changed);
        }

        return true;
    }

    /// <summary>The word's normal spelling, or null when it already is.</summary>
    internal static string? Normalize(char[] buffer, int length)
    {
        if (WordForms.TryGetValue(buffer, 0, length, out string? form))
        {
            return form;
        }

        ReadOnlySpan<char> word = buffer.AsSpan(0, length);
        if ((RootsNeedOr && !word.Contains("or", StringComparison.Ordinal)) && (SuffixesNeedZ && !word.Contains('z'))
            && !word.Contains("ll", StringComparison.Ordinal))
        {
            return null;
        }

        string? changed = null;
        foreach (string[] root in SpellingTables.RootForms)
        {
            if (word.StartsWith(root[0], StringComparison.Ordinal))
            {
                changed = string.Concat(root[1], word[root[0].Length..]);
                word = changed;
                break;
            }
        }

        foreach (string[] rule in SpellingTables.SuffixForms)
        {
            if (word.EndsWith(rule[0], StringComparison.Ordinal) && word.Length - rule[0].Length >= rule[2][0] - '0')
            {
                changed = string.Concat(word[..^rule[0].Length], rule[1]);
                word = changed;
                break;
            }
        }

        return UndoubleL(word) ?? changed;
    }

    /// <summary>
    /// "travelled", "barrelled", "counselling": British doubles the l, American does not. The double is dropped after
    /// a vowel when at least three letters come before it (never "called", "killed").
    /// </summary>
    private static string? UndoubleL(ReadOnlySpan<char> word)
    {
        foreach (string ending in LEndings)
        {
            int before = word.Length - ending.Length;
            if (before >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && word[before - 1] is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                return string.Concat(word[..(before + 1)], ending.AsSpan(2));
            }
        }

        return null;
    }
}
