using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Every document's facet values, read from the index's doc values once when it is opened (doc values readers
/// belong to one thread; these arrays are shared by all), and counted over a query's matches.
/// </summary>
internal sealed class FacetTable
{
    private readonly (string Facet, string Value)[] pairs;
    private readonly int[][] byDoc;

    private FacetTable((string Facet, string Value)[] pairs, int[][] byDoc)
    {
        this.pairs = pairs;
        this.byDoc = byDoc;
    }

    /// <summary>Every (facet, value) pair some document carries.</summary>
    public IReadOnlyList<(string Facet, string Value)> Pairs => pairs;

    /// <summary>The (facet, value) pairs one document carries, in facet then value order.</summary>
    public IEnumerable<(string Facet, string Value)> ValuesOf(int doc) => byDoc[doc].Select(id => pairs[id]);

    public static FacetTable Read(IndexReader reader)
    {
        var fields = MultiFields.GetMergedFieldInfos(reader)
            .Where(f => f.HasDocValues && f.Name.StartsWith("f.", StringComparison.Ordinal))
            .Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
        var pairs = new List<(string, string)>();
        var lists = new List<int>[reader.MaxDoc];
        for (int d = 0; d < lists.Length; d++)
        {
            lists[d] = [];
        }

        foreach (string field in fields)
        {
            var values = MultiDocValues.GetSortedSetValues(reader, field);
            if (values is null)
            {
                continue;
            }

            int first = pairs.Count;
            for (long ord = 0; ord < values.ValueCount; ord++)
            {
                var bytes = new Lucene.Net.Util.BytesRef();
                values.LookupOrd(ord, bytes);
                pairs.Add((field[2..], bytes.Utf8ToString()));
            }

            for (int doc = 0; doc < lists.Length; doc++)
            {
                values.SetDocument(doc);
                for (long ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    lists[doc].Add(first + (int)ord);
                }
            }
        }

        return new FacetTable([.. pairs], [.. lists.Select(l => l.ToArray())]);
    }

    /// <summary>Counts per facet value over the matched documents, most frequent first, then by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Count(IEnumerable<int> docs, FacetCatalog catalog)
    {
        var counts = new int[pairs.Length];
        foreach (int doc in docs)
        {
            foreach (int id in byDoc[doc])
            {
                counts[id]++;
            }
        }

        var result = new SortedDictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, pairs.Length).Where(i => counts[i] > 0).GroupBy(i => pairs[i].Facet))
        {
            result[group.Key] = group
                .Select(i => new FacetCount(pairs[i].Value, catalog.NameOf(pairs[i].Facet, pairs[i].Value), counts[i]))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Value, StringComparer.Ordinal)
                .ToArray();
        }

        return result;
    }
}
