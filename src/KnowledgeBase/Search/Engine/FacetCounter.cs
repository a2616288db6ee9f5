namespace KnowledgeBase.Search.Engine;

/// <summary>Counts facet values over a set of matches, from ids held in memory (no query per count).</summary>
internal sealed class FacetCounter(IReadOnlyList<(string Facet, string Value)> pairs, Func<string, string, string> nameOf)
{
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Count(IEnumerable<DocInfo> docs)
    {
        var counts = CountPairs(docs);
        var result = new SortedDictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, pairs.Count).Where(i => counts[i] > 0).GroupBy(i => pairs[i].Facet))
        {
            result[group.Key] = group
                .Select(i => new FacetCount(pairs[i].Value, nameOf(pairs[i].Facet, pairs[i].Value), counts[i]))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Value, StringComparer.Ordinal)
                .ToArray();
        }

        return result;
    }

    /// <summary>Per (facet, value) pair, in the order the counter was given them, how many of the documents carry it.</summary>
    public int[] CountPairs(IEnumerable<DocInfo> docs)
    {
        var counts = new int[pairs.Count];
        foreach (var doc in docs)
        {
            foreach (int id in doc.FacetIds)
            {
                counts[id]++;
            }
        }

        return counts;
    }
}
