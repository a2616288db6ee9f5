namespace KnowledgeBase.Search.Analysis;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("tridnet").</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Within(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        int n = a.Length, m = b.Length;
        // Note: the rows live on the stack; typo correction calls this for thousands of words per query.
        Span<int> rows = m < 256 ? stackalloc int[3 * (m + 1)] : new int[3 * (m + 1)];
        var prev2 = rows[..(m + 1)];
        var prev = rows.Slice(m + 1, m + 1);
        var row = rows.Slice(2 * (m + 1), m + 1);
        for (int j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= m; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.Min(Math.Min(prev[j] + 1, row[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, prev2[j - 2] + 1);
                }

                row[j] = d;
                best = Math.Min(best, d);
            }

            if (best > max)
            {
                return max + 1;
            }

            var oldest = prev2;
            prev2 = prev;
            prev = row;
            row = oldest;
        }

        return Math.Min(prev[m], max + 1);
    }

    /// <summary>
    /// The letters of a word as bits (by code modulo 64). Each edit adds at most one letter a word lacked and
    /// removes at most one, so words whose masks differ by more than max bits either way are further apart than
    /// max: a cheap test that skips most of the vocabulary before <see cref="Within"/>.
    /// </summary>
    public static ulong LetterMask(string word)
    {
        ulong mask = 0;
        foreach (char c in word)
        {
            mask |= 1UL << (c & 63);
        }

        return mask;
    }

    /// <summary>False when two words' letter masks prove them more than <paramref name="max"/> edits apart.</summary>
    public static bool MayBeWithin(ulong a, ulong b, int max) =>
        System.Numerics.BitOperations.PopCount(a & ~b) <= max && System.Numerics.BitOperations.PopCount(b & ~a) <= max;
}
