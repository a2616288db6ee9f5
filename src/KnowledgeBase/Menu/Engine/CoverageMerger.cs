namespace KnowledgeBase.Menu;

/// <summary>
/// Builds the flat list from the need groups: round by round each group offers its best option not yet taken,
/// the round's offers go in score order, so a commander asking for several needs sees the best for each side
/// by side. Options serving no requested need are then merged in by score: they go above only options weaker
/// than themselves and than everything after (ranking lower, yet still able to appear).
/// </summary>
internal static class CoverageMerger
{
    public static List<(Ranked Option, string? Group)> Merge(
        MenuIndex index,
        IReadOnlyList<(string Need, IReadOnlyList<Ranked> Options)> groups,
        IReadOnlyList<Ranked> others,
        int limit)
    {
        var flat = Interleave(index, groups, limit);
        foreach (var other in others)
        {
            var at = InsertionPoint(flat, other.Score);
            if (at >= limit)
            {
                break; // the others come best first: none later can go higher
            }

            flat.Insert(at, (other, null));
        }

        if (flat.Count > limit)
        {
            flat.RemoveRange(limit, flat.Count - limit);
        }

        return flat;
    }

    private static List<(Ranked Option, string? Group)> Interleave(
        MenuIndex index, IReadOnlyList<(string Need, IReadOnlyList<Ranked> Options)> groups, int limit)
    {
        var flat = new List<(Ranked, string?)>();
        var taken = new HashSet<int>();
        var next = new int[groups.Count];
        while (flat.Count < limit)
        {
            var round = new List<(Ranked Option, string Group)>();
            for (var g = 0; g < groups.Count; g++)
            {
                // An option serving two needs is offered once per round; the second group offers its next best.
                var options = groups[g].Options;
                while (next[g] < options.Count && (taken.Contains(options[next[g]].Index) || round.Exists(r => r.Option.Index == options[next[g]].Index)))
                {
                    next[g]++;
                }

                if (next[g] < options.Count)
                {
                    round.Add((options[next[g]], groups[g].Need));
                }
            }

            if (round.Count == 0)
            {
                break;
            }

            round.Sort((a, b) => index.Compare(a.Option.Index, a.Option.Score, b.Option.Index, b.Option.Score));
            foreach (var (option, group) in round.Take(limit - flat.Count))
            {
                flat.Add((option, group));
                taken.Add(option.Index);
            }
        }

        return flat;
    }

    /// <summary>The first position after which every option scores strictly below <paramref name="score"/>.</summary>
    private static int InsertionPoint(List<(Ranked Option, string? Group)> flat, double score)
    {
        var at = flat.Count;
        while (at > 0 && flat[at - 1].Option.Score < score)
        {
            at--;
        }

        return at;
    }
}
