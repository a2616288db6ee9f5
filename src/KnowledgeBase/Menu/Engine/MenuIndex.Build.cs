using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

internal sealed partial class MenuIndex
{
    private static FrozenDictionary<string, int[]> BuildPostings(ImmutableArray<MenuOptionData> options, string facet)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            foreach (var term in options[i].TermsOf(facet).Distinct(StringComparer.Ordinal))
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(i);
            }
        }

        return postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private FrozenDictionary<string, double> BuildIdf(FrozenDictionary<string, int[]> postings)
    {
        // ln(1 + N/df) scaled so a term only one option carries weighs 1; the floor keeps a match on the
        // commonest term worth something, since it still says the option fits the problem.
        var top = Math.Log(1.0 + Count);
        return postings.ToFrozenDictionary(
            p => p.Key,
            p => Weights.IdfFloor + ((1.0 - Weights.IdfFloor) * (Math.Log(1.0 + ((double)Count / p.Value.Length)) / top)),
            StringComparer.Ordinal);
    }

    private static (ImmutableArray<FrozenSet<string>>, FrozenDictionary<string, int[]>, FrozenSet<int>) BuildLocality(
        ImmutableArray<MenuOptionData> options)
    {
        var local = ImmutableArray.CreateBuilder<FrozenSet<string>>(options.Length);
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var londonWide = new HashSet<int>();
        for (var i = 0; i < options.Length; i++)
        {
            var option = options[i];
            local.Add(option.Boroughs.ToFrozenSet(StringComparer.Ordinal));
            var all = option.Boroughs.Concat(option.Programmes.SelectMany(p => p.Boroughs)).ToHashSet(StringComparer.Ordinal);
            if (all.Count == 0 || option.LondonWide)
            {
                londonWide.Add(i);
            }

            foreach (var borough in all)
            {
                if (!postings.TryGetValue(borough, out var list))
                {
                    postings[borough] = list = [];
                }

                list.Add(i);
            }
        }

        return (local.MoveToImmutable(), postings.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), londonWide.ToFrozenSet());
    }

    private static FrozenDictionary<string, ulong> BuildNeedBits(IEnumerable<string> needs)
    {
        var list = needs.ToList();
        if (list.Count > 64)
        {
            throw new InvalidOperationException($"The menu supports at most 64 needs; the catalog has {list.Count}.");
        }

        return list.Select((n, bit) => (n, bit)).ToFrozenDictionary(p => p.n, p => 1UL << p.bit, StringComparer.Ordinal);
    }

    private static ImmutableArray<int> BuildTieRank(ImmutableArray<MenuOptionData> options)
    {
        var order = Enumerable.Range(0, options.Length)
            .OrderBy(i => options[i].Title.ToLowerInvariant(), StringComparer.Ordinal)
            .ThenBy(i => options[i].Title, StringComparer.Ordinal)
            .ThenBy(i => options[i].Slug, StringComparer.Ordinal)
            .ToArray();
        var rank = new int[options.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return [.. rank];
    }
}
