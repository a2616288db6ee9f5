using System.Text;

namespace KnowledgeBase.Menu;

/// <summary>
/// The menu's word handling: lower-case ASCII words, apostrophes dropped, a light stemmer that folds plurals
/// and -ing/-ed. Deliberately small, because assets/menu.js repeats it word for word and the two must agree.
/// </summary>
public static class MenuText
{
    /// <summary>Lower-cased words in order of appearance; anything but a letter or digit separates words, and '&amp;' is the word "and".</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019')
            {
                continue; // "it's" -> "its", as one word
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                current.Append(c);
                continue;
            }

            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (c == '&')
            {
                words.Add("and"); // "Hammersmith & Fulham" is the borough's name with "and"
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>Stems of every word, stop words kept (vocabulary phrases such as "the city" need them).</summary>
    public static List<string> Stems(string? text) => Words(text).ConvertAll(Stem);

    /// <summary>Stems of the words that carry meaning, for text matching.</summary>
    public static List<string> ContentStems(string? text) =>
        Words(text).Where(w => !MenuStopWords.Contains(w)).Select(Stem).ToList();

    /// <summary>The term as a key: stems joined by single spaces ("Knife crime" and "knife-crimes" agree).</summary>
    public static string Key(string? text) => string.Join(' ', Stems(text));

    /// <summary>Light stemming: plurals, -ies, -ives, -ly, -ing, -ed, then a doubled final consonant ("stabbing" -> "stab").</summary>
    public static string Stem(string word)
    {
        var w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 4 && w.EndsWith("ives", StringComparison.Ordinal))
        {
            w = w[..^3] + "fe";
        }
        else if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)
            && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        var cut = false;
        if (w.Length > 5 && w.EndsWith("ly", StringComparison.Ordinal))
        {
            w = w[..^2]; // "seriously" -> "serious"
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
            cut = true;
        }
        else if (w.Length > 4 && w.EndsWith("ied", StringComparison.Ordinal))
        {
            w = w[..^3] + "y";
        }
        else if (w.Length > 5 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
            cut = true;
        }

        // "stabbed" -> "stab", "controlled" -> "control"; but "killed" stays "kill", as short -ll words keep both.
        if (cut && w.Length > 2 && w[^1] == w[^2] && !IsVowel(w[^1]) && w[^1] is not ('s' or 'z') && (w[^1] != 'l' || w.Length > 5))
        {
            w = w[..^1];
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
