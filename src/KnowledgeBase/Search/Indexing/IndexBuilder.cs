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
        var analysed = new AnalysedDocument[sorted.Length];
        var vocabulary = new TaskCompletionSource<Vocabulary>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Note: the vocabulary and the snippet rows (which number terms in sorted order) need every document's
        // terms; they are made by whichever thread analyses the last document, usually a helper while the writer
        // is still inserting rows, rather than after the last insert, where they were a tenth of a 10,000-entry build.
        var run = new AnalysisRun(sorted, () => new DocumentAnalyzer(table, compiled), helpers ?? Environment.ProcessorCount - 1, (analyzers, done) =>
        {
            try
            {
                vocabulary.SetResult(Vocabulary.Of(table, analyzers, done, sorted.Length));
            }
            catch (Exception e)
            {
                vocabulary.SetException(e);
            }
        });
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

        run.Finish();
        var (terms, frequency, snippets) = sorted.Length == 0
            ? Vocabulary.Of(table, [], analysed, 0)
            : vocabulary.Task.GetAwaiter().GetResult();
        return new BuiltIndex(analysed, terms, frequency, table.TextWords(), normal, snippets);
    }
}
