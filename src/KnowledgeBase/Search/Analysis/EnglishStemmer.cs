using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The Porter2 (Snowball English) stemmer, written to be read beside its port in search.js: plain string
/// operations, one method per step. The analyzer caches results, so clarity wins over speed here.
/// </summary>
internal static partial class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exception1 = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> Exception2 = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Stem(string word)
    {
        if (word.Length <= 2)
        {
            return word;
        }

        if (Exception1.TryGetValue(word, out string? exception))
        {
            return exception;
        }

        string w = MarkConsonantY(word);
        int p1 = w.StartsWith("gener", StringComparison.Ordinal) || w.StartsWith("arsen", StringComparison.Ordinal) ? 5
            : w.StartsWith("commun", StringComparison.Ordinal) ? 6
            : RegionStart(w, 0);
        int p2 = RegionStart(w, p1);

        w = Step1a(w);
        if (!Exception2.Contains(w))
        {
            w = Step1b(w, p1);
            w = Step1c(w);
            w = Step2(w, p1);
            w = Step3(w, p1, p2);
            w = Step4(w, p2);
            w = Step5(w, p1, p2);
        }

        return w.Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>An initial y, and a y after a vowel, act as consonants: they are marked Y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string MarkConsonantY(string word)
    {
        char[] c = word.ToCharArray();
        if (c[0] == 'y')
        {
            c[0] = 'Y';
        }

        for (int i = 1; i < c.Length; i++)
        {
            if (c[i] == 'y' && IsVowel(c[i - 1]))
            {
                c[i] = 'Y';
            }
        }

        return new string(c);
    }

    /// <summary>The position after the first non-vowel that follows a vowel, searching from <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RegionStart(string w, int from)
    {
        int i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }

        i++;
        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }

        return Math.Min(i + 1, w.Length);
    }

    /// <summary>True when <paramref name="w"/> ends in a short syllable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool EndsShort(string w)
    {
        int n = w.Length;
        if (n == 2)
        {
            return IsVowel(w[0]) && !IsVowel(w[1]);
        }

        return n >= 3 && !IsVowel(w[n - 3]) && IsVowel(w[n - 2]) && !IsVowel(w[n - 1])
            && w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'Y';
    }

    private static bool HasVowel(string w, int end)
    {
        for (int i = 0; i < end; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest of <paramref name="suffixes"/> that <paramref name="w"/> ends with, or null.</summary>
    private static string? Longest(string w, string[] suffixes)
    {
        foreach (string s in suffixes)
        {
            if (w.EndsWith(s, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return null;
    }
}
