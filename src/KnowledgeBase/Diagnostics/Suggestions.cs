namespace KnowledgeBase.Diagnostics;

/// <summary>Finds the nearest known value to a misspelt one, for "did you mean" hints.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a distance that scales with the word's length, or null.</summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var lowered = value.ToLowerInvariant();
        var limit = Math.Max(2, lowered.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or, without a close match, a list of what is allowed.</summary>
    public static string Hint(string value, IReadOnlyCollection<string> candidates, int listAtMost = 12)
    {
        var closest = Closest(value, candidates);
        if (closest is not null)
        {
            return $"; did you mean '{closest}'?";
        }

        var sorted = candidates.OrderBy(c => c, StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", sorted.Take(listAtMost));
        return sorted.Count > listAtMost ? $"; allowed values include {shown}, ..." : $"; allowed values: {shown}";
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions ("tridnet").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
