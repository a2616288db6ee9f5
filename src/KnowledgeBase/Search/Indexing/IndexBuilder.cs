using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>Analyses the documents (every core busy) and gathers the vocabulary, deterministically.</summary>
/// <remarks>
/// Note: the methods run per token, per new word (stemming) or per document are marked for full optimisation at
/// their first call, and small helpers they call for inlining. An index is built once per process, so tiered
/// compilation's quick first versions ran for a good part of the build (about 0.5 s of 2.1 s on 10,000 entries)
/// before the optimised ones replaced them.
/// </remarks>
internal static class IndexBuilder
{
    public static BuiltIndex Build(IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon) => Build(docs, lexicon, null);

    /// <param name="docs">The documents, in any order.</param>
    /// <param name="lexicon">The glossary, synonyms and facet names.</param>
    /// <param name="inOrder">
    /// Called on the calling thread with each document's position and analysis, in slug order, as soon as it is
    /// analysed (while other threads go on with the rest): the SQLite writer inserts its rows here.
    /// </param>
    /// <param name="helpers">Threads analysing beside the caller; by default one per core but the caller's.</param>
    public static BuiltIndex Build(IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon, Action<int, AnalysedDocument>? inOrder, int? helpers = null)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(lexicon);
        var sorted = docs.OrderBy(d => d.Slug, StringComparer.Ordinal).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Slug == sorted[i - 1].Slug)
            {
                throw new ArgumentException($"Two documents have the slug '{sorted[i].Slug}'.", nameof(docs));
            }
        }

        var normal = LexiconNormalizer.Normalize(lexicon);
        var analyzer = new TextAnalyzer();
        var compiled = new CompiledLexicon(normal, analyzer);
        var table = new TermTable(analyzer, compiled);
        var run = new AnalysisRun(sorted, () => new DocumentAnalyzer(table, compiled), helpers ?? Environment.ProcessorCount - 1);
        var analysed = new AnalysedDocument[sorted.Length];
        try
        {
            for (int i = 0; i < sorted.Length; i++)
            {
                analysed[i] = run.Take(i);
                inOrder?.Invoke(i, analysed[i]);
            }
        }
        catch
        {
            run.Abandon();
            throw;
        }

        var terms = table.ById();
        // Each thread's counts are added up: the totals do not depend on which thread analysed what.
        var df = new int[terms.Length];
        foreach (var da in run.Finish())
        {
            var counts = da.DocumentFrequency;
            for (int id = 0; id < Math.Min(counts.Length, df.Length); id++)
            {
                df[id] += counts[id];
            }
        }

        var frequency = terms.OfType<IndexTerm>().Where(t => df[t.Id] > 0).Select(t => (t, df[t.Id]))
            .OrderBy(x => x.t.Text, StringComparer.Ordinal).ToArray();
        return new BuiltIndex(analysed, terms, frequency, table.TextWords(), normal);
    }
}
