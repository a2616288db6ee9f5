namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Regular English endings added to a word ("recruits" for "recruit", "stayed" for "stay") or taken off it ("talk"
/// for "talks", "pick" for "picked"). The static index adds the first kind to its word list; a query word the index
/// does not have is looked up in both (<see cref="Querying.InflectionFinder"/>): KStem keeps words its dictionary
/// lists as they are, so "talk" and "talks" stay two terms. search.js has the same rules.
/// </summary>
internal static class InflectedForms
{
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "er", "ers"];

    /// <summary>The word with a regular ending added.</summary>
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

    /// <summary>
    /// The word with a regular ending taken off, leaving at least three letters: the forms <see cref="Of"/> would make
    /// it from, and an adverb's adjective.
    /// </summary>
    public static IEnumerable<string> Bases(string word)
    {
        if (word.Length < 4 || !word.All(char.IsAsciiLetterLower))
        {
            yield break;
        }

        foreach (string ending in Endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length >= 6)
        {
            // "making" from "make"; "stopping" from "stop".
            yield return word[..^3] + "e";
            if (word[^4] == word[^5])
            {
                yield return word[..^4];
            }
        }

        if (word.Length >= 5 && (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length >= 6 && word[^3] == word[^4])
        {
            // "stopped" from "stop".
            yield return word[..^3];
        }

        // An adverb is looked for as its adjective ("seriously" as "serious", "easily" as "easy"); the static index's
        // word list does not add -ly forms, which few queries type.
        if (word.Length >= 6 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            yield return word[..^2];
            if (word[^3] == 'i')
            {
                yield return word[..^3] + "y";
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
