using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Analysis;

/// <summary>Brings British and American spellings and irregular plurals to one form before stemming.</summary>
internal static class SpellingNormalizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Normalize(string word)
    {
        if (AnalyzerTables.WordForms.TryGetValue(word, out string? form))
        {
            return form;
        }

        foreach (string[] root in AnalyzerTables.RootForms)
        {
            if (word.StartsWith(root[0], StringComparison.Ordinal))
            {
                word = root[1] + word[root[0].Length..];
                break;
            }
        }

        foreach (string[] rule in AnalyzerTables.SuffixForms)
        {
            if (word.EndsWith(rule[0], StringComparison.Ordinal)
                && word.Length - rule[0].Length >= int.Parse(rule[2], System.Globalization.CultureInfo.InvariantCulture))
            {
                word = word[..^rule[0].Length] + rule[1];
                break;
            }
        }

        return UndoubleL(word);
    }

    /// <summary>
    /// "travelled", "barrelled", "counselling": British doubles the l, American does not. Porter2 leaves "ll", so
    /// the double is dropped after a vowel when at least three letters come before it (never "called", "killed").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string UndoubleL(string word)
    {
        string[] endings = ["lled", "lling", "llers", "ller"];
        foreach (string ending in endings)
        {
            int before = word.Length - ending.Length;
            if (before >= 3 && word.EndsWith(ending, StringComparison.Ordinal) && IsVowel(word[before - 1]))
            {
                return word[..(before + 1)] + ending[2..];
            }
        }

        return word;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
