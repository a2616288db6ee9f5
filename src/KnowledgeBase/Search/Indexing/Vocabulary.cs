using System.Runtime.CompilerServices;

namespace KnowledgeBase.Search.Indexing;

/// <summary>What needs every document's terms: the terms by id, their document frequencies, the snippet rows.</summary>
/// <param name="Terms">Every term by its build id; an id lost to a race between threads is null.</param>
/// <param name="Frequency">Each term (facet tokens aside) and how many documents hold it, sorted by term.</param>
/// <param name="Snippets">Each document's snippet row (see <see cref="SnippetTokenCodec"/>), by position.</param>
internal sealed record Vocabulary(IndexTerm?[] Terms, (IndexTerm Term, int Count)[] Frequency, byte[][] Snippets)
{
    /// <summary>Adds up the threads' counts (the totals do not depend on which thread analysed what) and encodes the snippet rows.</summary>
    /// <param name="table">The build's terms.</param>
    /// <param name="analyzers">Every thread's analyzer, each done.</param>
    /// <param name="analysed">The analysed documents, by position: the first <paramref name="count"/> all there.</param>
    /// <param name="count">How many documents.</param>
    public static Vocabulary Of(TermTable table, IReadOnlyList<DocumentAnalyzer> analyzers, AnalysedDocument?[] analysed, int count)
    {
        var terms = table.ById();
        var df = new int[terms.Length];
        foreach (var da in analyzers)
        {
            var counts = da.DocumentFrequency;
            for (int id = 0; id < Math.Min(counts.Length, df.Length); id++)
            {
                df[id] += counts[id];
            }
        }

        var frequency = terms.OfType<IndexTerm>().Where(t => df[t.Id] > 0).Select(t => (t, df[t.Id]))
            .OrderBy(x => x.t.Text, StringComparer.Ordinal).ToArray();
        return new Vocabulary(terms, frequency, EncodeSnippets(analysed, count, terms, frequency));
    }

    /// <summary>Each document's snippet row, its terms numbered by their place in the sorted term table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[][] EncodeSnippets(AnalysedDocument?[] analysed, int count, IndexTerm?[] terms, (IndexTerm Term, int Count)[] frequency)
    {
        var numbers = new int[terms.Length];
        for (int n = 0; n < frequency.Length; n++)
        {
            numbers[frequency[n].Term.Id] = n + 1;
        }

        var stored = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            // The array slot is written by the thread that analysed the document, which published it first.
            var doc = Volatile.Read(ref analysed[i]) ?? throw new InvalidOperationException($"Document {i} is not analysed.");
            stored[i] = SnippetTokenCodec.Encode(doc.Snippet, numbers, terms);
        }

        return stored;
    }
}
