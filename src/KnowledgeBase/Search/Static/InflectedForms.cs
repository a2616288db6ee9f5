namespace KnowledgeBase.Search.Static;

/// <summary>
/// Spellings a query may use that the manual does not ("recruits" where it only says "recruit", "stayed" where it
/// says "stay"): regular English endings added to the index's terms and words. They are only candidates: the static
/// index keeps one only when the server's own query analyzer makes an indexed term of it, and maps it to exactly the
/// terms that analyzer makes, so the browser still never stems a word itself.
/// </summary>
internal static class InflectedForms
{
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "er", "ers"];

    public static IEnumerable<string> Of(string word)
    {
        if (word.Length < 2 || !word.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        foreach (string ending in Endings)
        {
            yield return word + ending;
        }

        char last = word[^1];
        if (last == 'e')
        {
            yield return word[..^1] + "ing";
        }
        else if (last == 'y')
        {
            yield return word[..^1] + "ies";
            yield return word[..^1] + "ied";
        }
        else if (!IsVowel(last) && IsVowel(word[^2]))
        {
            // "stop" gives "stopped", "stopping".
            yield return word + last + "ed";
            yield return word + last + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
