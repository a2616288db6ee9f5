using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Which characters make words, and how each folds to lower case without accents.
/// </summary>
/// <remarks>
/// Note: a table rather than <c>string.Normalize</c>, because the build runs with invariant globalization, where
/// normalization does not decompose accents; and because search.js must fold exactly the same way, so the table
/// is shipped to the browser in the static index.
/// </remarks>
internal static class CharFolding
{
    /// <summary>U+00C0..U+017F folded: Latin-1 Supplement and Latin Extended-A.</summary>
    public static readonly string[] Latin =
    [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
        "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    ];

    /// <summary>True for characters that belong to a word: ASCII letters and digits, Latin, Greek, Cyrillic, kana, CJK, Hangul.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7')
        || (c >= '\u0300' && c <= '\u036F')
        || (c >= '\u0370' && c <= '\u03FF' && c != '\u037E' && c != '\u0387')
        || (c >= '\u0400' && c <= '\u04FF')
        || (c >= '\u3040' && c <= '\u30FF')
        || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\uAC00' && c <= '\uD7AF');

    /// <summary>True for the straight and the typographic apostrophe, which may join two word parts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    /// <summary>Writes the folded form of a word character at <paramref name="at"/>; returns the position after it.</summary>
    /// <remarks>A character folds to at most two ("æ" is "ae"), so a buffer twice the word's length always fits.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Append(Span<char> buffer, int at, char c)
    {
        if (c >= 'A' && c <= 'Z')
        {
            buffer[at++] = (char)(c + 32);
        }
        else if (c >= '\u00C0' && c <= '\u017F')
        {
            string folded = Latin[c - 0xC0];
            folded.CopyTo(buffer[at..]);
            at += folded.Length;
        }
        else if (c >= '\u0300' && c <= '\u036F')
        {
            // Combining accents (text already decomposed) fold away.
        }
        else
        {
            buffer[at++] = char.ToLowerInvariant(c);
        }

        return at;
    }
}
