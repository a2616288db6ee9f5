using System.Buffers.Binary;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Runs a plan's MATCH over the documents' rowids, split into ranges read side by side on one connection per core
/// when the plan is broad. Note: FTS5 computes bm25 for every row a query matches, about a microsecond each,
/// which made the slowest queries of a 10,000-entry index (thousands of matches) the slowest by far. Scores do
/// not change: bm25 takes IDF and average lengths from the whole table whatever the range.
/// </summary>
internal sealed class MatchSplitter(
    IReadOnlyList<MatchReader> readers, int documents, Func<string, int> documentFrequency, Func<string, int> facetFrequency)
{
    /// <summary>Plans expected to match fewer documents than this run as one read; a split costs more than it saves.</summary>
    public const int SplitFrom = 1000;

    public List<(int Id, double Score)> Read(MatchPlan plan)
    {
        string expression = FtsExpression.Write(plan);
        byte[] counts = Counts(plan);
        return Split(plan, (reader, first, last) => reader.Read(expression, counts, first, last));
    }

    public HashSet<int> Ids(MatchPlan plan)
    {
        string expression = FtsExpression.Write(plan);
        return [.. Split(plan, (reader, first, last) => reader.Ids(expression, first, last))];
    }

    /// <summary>Reads the whole rowid range, or its parts side by side (one reader each), joined in range order.</summary>
    private List<T> Split<T>(MatchPlan plan, Func<MatchReader, int, int, List<T>> read)
    {
        int parts = Parts(plan);
        if (parts == 1)
        {
            return read(readers[0], 1, documents);
        }

        var results = new List<T>[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, p =>
        {
            var (first, last) = Range(p, parts);
            results[p] = read(readers[p], first, last);
        });
        var all = new List<T>(results.Sum(r => r.Count));
        foreach (var part in results)
        {
            all.AddRange(part);
        }

        return all;
    }

    /// <summary>
    /// What bm25's IDF is made from, per phrase (see <see cref="Ranking.Bm25Function"/>): a word's document
    /// frequency (the index counted it over the same columns), each word's for a multi-word phrase, and a facet
    /// token's count of documents.
    /// </summary>
    private byte[] Counts(MatchPlan plan)
    {
        var counts = new List<int>();
        foreach (var (terms, facet) in FtsExpression.Phrases(plan))
        {
            counts.Add(terms.Count);
            counts.AddRange(terms.Select(facet ? facetFrequency : documentFrequency));
        }

        var blob = new byte[counts.Count * sizeof(int)];
        for (int i = 0; i < counts.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(i * sizeof(int)), counts[i]);
        }

        return blob;
    }

    private int Parts(MatchPlan plan) =>
        readers.Count > 1 && Estimate(plan) >= SplitFrom ? Math.Min(readers.Count, Math.Max(1, documents / SplitFrom)) : 1;

    private (int First, int Last) Range(int part, int parts) =>
        ((int)((long)documents * part / parts) + 1, (int)((long)documents * (part + 1) / parts));

    /// <summary>An upper estimate of how many documents the plan matches, from the terms' document frequencies.</summary>
    private int Estimate(MatchPlan plan) => plan switch
    {
        TermPlan t => documentFrequency(t.Term),
        PhrasePlan p => p.Terms.Count == 0 ? 0 : p.Terms.Min(documentFrequency),
        AnyPlan a => a.Options.Sum(Estimate),
        AllPlan all => all.Required.Count == 0 ? documents : all.Required.Min(Estimate),
        FacetPlan f => Math.Min(documents, f.Tokens.Sum(facetFrequency)),
        _ => documents,
    };
}
