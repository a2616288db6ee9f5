using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Analysis;

/// <summary>The steps of Porter2. Suffix lists are ordered longest first, as Snowball's "among" chooses.</summary>
internal static partial class EnglishStemmer
{
    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    private static readonly string[] Step2Suffixes =
    [
        "ization", "ational", "fulness", "ousness", "iveness", "tional", "biliti", "lessli", "entli", "ation",
        "alism", "aliti", "ousli", "iviti", "fulli", "enci", "anci", "abli", "izer", "ator", "alli", "bli", "ogi", "li",
    ];

    private static readonly string[] Step2Replacements =
    [
        "ize", "ate", "ful", "ous", "ive", "tion", "ble", "less", "ent", "ate",
        "al", "al", "ous", "ive", "ful", "ence", "ance", "able", "ize", "ate", "al", "ble", "og", "",
    ];

    private static readonly string[] Step3Suffixes = ["ational", "tional", "alize", "icate", "iciti", "ative", "ical", "ness", "ful"];

    private static readonly string[] Step3Replacements = ["ate", "tion", "al", "ic", "ic", "", "ic", "", ""];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step1a(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w.Length > 4 ? w[..^3] + "i" : w[..^3] + "ie";
        }

        if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal))
        {
            return w;
        }

        if (w.EndsWith('s') && HasVowel(w, w.Length - 2))
        {
            return w[..^1];
        }

        return w;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step1b(string w, int p1)
    {
        string? s = Longest(w, Step1bSuffixes);
        if (s is null)
        {
            return w;
        }

        if (s is "eed" or "eedly")
        {
            return w.Length - s.Length >= p1 ? w[..^s.Length] + "ee" : w;
        }

        string stem = w[..^s.Length];
        if (!HasVowel(stem, stem.Length))
        {
            return w;
        }

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
            || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        int n = stem.Length;
        if (n >= 2 && stem[n - 1] == stem[n - 2] && "bdfgmnprt".Contains(stem[n - 1], StringComparison.Ordinal))
        {
            return stem[..^1];
        }

        return p1 == n && EndsShort(stem) ? stem + "e" : stem;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step1c(string w)
    {
        int n = w.Length;
        return n > 2 && (w[n - 1] == 'y' || w[n - 1] == 'Y') && !IsVowel(w[n - 2]) ? w[..^1] + "i" : w;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step2(string w, int p1)
    {
        string? s = Longest(w, Step2Suffixes);
        if (s is null || w.Length - s.Length < p1)
        {
            return w;
        }

        string stem = w[..^s.Length];
        if (s == "ogi" && !stem.EndsWith('l'))
        {
            return w;
        }

        if (s == "li" && (stem.Length == 0 || !"cdeghkmnrt".Contains(stem[^1], StringComparison.Ordinal)))
        {
            return w;
        }

        return stem + Step2Replacements[Array.IndexOf(Step2Suffixes, s)];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step3(string w, int p1, int p2)
    {
        string? s = Longest(w, Step3Suffixes);
        if (s is null || w.Length - s.Length < p1 || (s == "ative" && w.Length - s.Length < p2))
        {
            return w;
        }

        return w[..^s.Length] + Step3Replacements[Array.IndexOf(Step3Suffixes, s)];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step4(string w, int p2)
    {
        string? s = Longest(w, Step4Suffixes);
        if (s is null || w.Length - s.Length < p2)
        {
            return w;
        }

        string stem = w[..^s.Length];
        if (s == "ion" && !(stem.EndsWith('s') || stem.EndsWith('t')))
        {
            return w;
        }

        return stem;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Step5(string w, int p1, int p2)
    {
        int n = w.Length;
        if (w.EndsWith('e'))
        {
            string stem = w[..^1];
            return n - 1 >= p2 || (n - 1 >= p1 && !EndsShort(stem)) ? stem : w;
        }

        if (w.EndsWith('l') && n - 1 >= p2 && n >= 2 && w[n - 2] == 'l')
        {
            return w[..^1];
        }

        return w;
    }
}
