namespace KnowledgeBase.Content.Data;

/// <summary>
/// How a typed value that is none of a vocabulary's keys is read: the terms a longer value names whole, or the terms
/// it nearly spells. The menu's fields and search's filters read values the same way, each over its own keys.
/// </summary>
internal static class TermReading
{
    /// <summary>Edits a typed value may be away from a key and still be read as it: none for short words, where one edit makes another word.</summary>
    public static int NearLimit(int length) => length < 5 ? 0 : length < 9 ? 1 : 2;

    /// <summary>
    /// The terms whose key words appear whole in a value of two words or more, no two on the same words, in the
    /// order found: "LB Southwark" names one borough, "Lambeth and Southwark" two.
    /// </summary>
    /// <param name="longestFirst">Each key as words with its term, longest first, so a longer key wins over one inside it.</param>
    /// <param name="words">The typed value as words, compared as the keys were made.</param>
    public static List<string> Held(IEnumerable<(string[] Words, string Term)> longestFirst, string[] words)
    {
        var found = new List<string>();
        if (words.Length < 2)
        {
            return found;
        }

        var taken = new bool[words.Length];
        foreach (var (candidate, term) in longestFirst)
        {
            for (var at = 0; candidate.Length < words.Length && at + candidate.Length <= words.Length; at++)
            {
                if (!taken.AsSpan(at, candidate.Length).Contains(true) && words.AsSpan(at, candidate.Length).SequenceEqual(candidate))
                {
                    taken.AsSpan(at, candidate.Length).Fill(true);
                    found.Add(term);
                }
            }
        }

        return found;
    }

    /// <summary>The terms of the keys nearest a typed value within <see cref="NearLimit"/> edits (a swap of two letters is one), in key order.</summary>
    public static List<string> Nearest(IEnumerable<(string Key, string Term)> keys, string typed)
    {
        var limit = NearLimit(typed.Length);
        var terms = new List<string>();
        if (limit == 0)
        {
            return terms;
        }

        var best = limit + 1;
        foreach (var (candidate, term) in keys)
        {
            if (Math.Abs(typed.Length - candidate.Length) > limit)
            {
                continue;
            }

            var distance = Diagnostics.Suggestions.Distance(typed, candidate);
            if (distance < best)
            {
                best = distance;
                terms.Clear();
            }

            if (distance == best && distance <= limit)
            {
                terms.Add(term);
            }
        }

        return terms;
    }
}
