namespace KnowledgeBase.Content.Data;

/// <summary>
/// How a typed value that is none of a vocabulary's keys is read: the terms a longer value names whole, or the terms
/// it nearly spells. The menu's fields and search's filters read values the same way, each over its own keys.
/// </summary>
internal static class TermReading
{
    /// <summary>A key shorter than this is not looked for inside a longer value: "co" is in too much.</summary>
    private const int HeldFrom = 3;

    /// <summary>Edits a typed value may be away from a key and still be read as it: none for short words, where one edit makes another word.</summary>
    public static int NearLimit(int length) => length < 5 ? 0 : length < 9 ? 1 : 2;

    /// <summary>
    /// The keys <see cref="Held"/> looks for, in the order it needs: those of <see cref="HeldFrom"/> letters or more,
    /// most words first, then most letters, so that "north Kensington and Chelsea" finds the borough and not a shorter
    /// key inside it; ties in key, then term, order.
    /// </summary>
    public static List<(string[] Words, string Term)> LongestFirst(IEnumerable<(string[] Words, string Term)> keys) => [.. keys
        .Select(k => (k.Words, k.Term, Key: string.Join(' ', k.Words)))
        .Where(k => k.Key.Length >= HeldFrom)
        .OrderByDescending(k => k.Words.Length)
        .ThenByDescending(k => k.Key.Length)
        .ThenBy(k => k.Key, StringComparer.Ordinal)
        .ThenBy(k => k.Term, StringComparer.Ordinal)
        .Select(k => (k.Words, k.Term))];

    /// <summary>
    /// The terms whose key words appear whole in a value of two words or more, no two on the same words, in the
    /// order found: "LB Southwark" names one borough, "Lambeth and Southwark" two.
    /// </summary>
    /// <param name="longestFirst">Each key as words with its term, from <see cref="LongestFirst"/>.</param>
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
