using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Querying.Syntax;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Answers queries from a Lucene index written by <see cref="SearchIndexBuilder"/>: the query language made into
/// Lucene queries, BM25 ranking, facet counts over every match, snippets from the postings' offsets. Thread-safe:
/// the reader is opened once and never changes (a rebuild writes a new index folder; open a new engine on it).
/// </summary>
public sealed class LuceneSearchEngine : ISearchEngine
{
    /// <summary>Longer queries are cut here; nobody types more, and a pasted page must stay cheap.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>When fewer entries than this have every word of a plain query, entries with most of them join them.</summary>
    public const int FallbackBelow = 3;

    /// <summary>At most this many results are returned.</summary>
    public const int MaxLimit = 100;

    private readonly Lucene.Net.Store.Directory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly QueryContext context;
    private readonly IndexedDoc[] docs;
    private readonly FacetTable facets;
    private readonly SnippetMaker snippets;
    private readonly Lucene.Net.Analysis.Analyzer queryAnalyzer;

    /// <summary>Opens the index in <paramref name="folder"/>.</summary>
    public LuceneSearchEngine(string folder)
        : this(Open(folder), null)
    {
    }

    /// <summary>Opens an index built in memory (during a build, and in tests).</summary>
    public LuceneSearchEngine(SearchIndex index)
        : this(index.Directory, index.Vocabulary)
    {
    }

    private LuceneSearchEngine(Lucene.Net.Store.Directory directory, Vocabulary? vocabulary)
    {
        this.directory = directory;
        reader = DirectoryReader.Open(directory);
        var stored = IndexManifest.FromCommitData(reader.IndexCommit.UserData);
        vocabulary ??= Vocabulary.Read(directory);
        if (stored is not { } found || found.Manifest.Format != IndexManifest.CurrentFormat || vocabulary is null)
        {
            reader.Dispose();
            throw new InvalidDataException("The search index was written by another version of kb; run kb build again.");
        }

        Manifest = found.Manifest;
        var analysis = LexiconAnalysis.From(found.Lexicon);
        queryAnalyzer = new ManualAnalyzer(analysis, query: true);
        searcher = new IndexSearcher(reader) { Similarity = new ManualSimilarity() };
        docs = new IndexedDoc[reader.MaxDoc];
        var fields = new HashSet<string> { IndexFields.Slug, IndexFields.Title, IndexFields.Kind, IndexFields.Url, IndexFields.Evidence, IndexFields.Parents, IndexFields.Governors };
        var documents = Enumerable.Range(0, docs.Length).Select(d => reader.Document(d, fields)).ToList();
        var linked = new LinkedDocs(documents);
        var parents = linked.Of(IndexFields.Parents);
        var governors = linked.Of(IndexFields.Governors);
        for (int d = 0; d < docs.Length; d++)
        {
            var doc = documents[d];
            docs[d] = new IndexedDoc(doc.Get(IndexFields.Slug), doc.Get(IndexFields.Title), doc.Get(IndexFields.Kind), doc.Get(IndexFields.Url), doc.Get(IndexFields.Evidence), parents[d], governors[d]);
        }

        facets = FacetTable.Read(reader);
        var catalog = new FacetCatalog(found.Lexicon, facets.Pairs, Key);
        context = new QueryContext(reader, vocabulary, queryAnalyzer, catalog);
        snippets = new SnippetMaker(reader);
    }

    /// <summary>What the index was built from.</summary>
    public IndexManifest Manifest { get; }

    /// <inheritdoc />
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string query = request.Query ?? string.Empty;
        var messages = new List<string>();
        if (query.Length > MaxQueryLength)
        {
            query = query[..MaxQueryLength];
            messages.Add($"Only the first {MaxQueryLength} characters were searched.");
        }

        var ast = QueryParser.Parse(QueryLexer.Lex(query, FilterKeys.IsKey));
        var built = new LuceneQueryBuilder(context).Build(ast, request.Filters, request.Prose);
        messages.AddRange(built.Messages);
        int limit = Math.Clamp(request.Limit, 0, MaxLimit);
        if (built.Main is null)
        {
            return Answer(request, 0, [], [], messages);
        }

        bool governance = GovernanceAnswer.Asks(query, built.Question);
        var (top, all) = Run(built.Main, limit, governance);
        if (all.Count < FallbackBelow && built.Fallback is not null)
        {
            int before = all.Count;
            (top, all) = Run(built.Fallback(before == 0), limit, governance);
            if (all.Count > before)
            {
                messages.Add(before == 0
                    ? "No entry has all the words: showing entries with some of them."
                    : "Few entries have all the words: entries with most of them are shown too.");
            }
        }

        var marked = snippets.Make([.. top.Select(t => t.Doc)], built.Highlight);
        var hits = top.Select((t, i) =>
        {
            var doc = docs[t.Doc];
            return new SearchHit(doc.Slug, doc.Title, doc.Kind, doc.Url, t.Score, marked[i], doc.Evidence);
        }).ToList();
        return Answer(request, all.Count, hits, all, messages);
    }

    /// <summary>Lucene's account of how the main query scores the entry <paramref name="slug"/>: a tuning aid.</summary>
    internal string Explain(string query, string slug)
    {
        var built = new LuceneQueryBuilder(context).Build(QueryParser.Parse(QueryLexer.Lex(query, FilterKeys.IsKey)), null, prose: false);
        int doc = Array.FindIndex(docs, d => d.Slug == slug);
        return built.Main is null || doc < 0 ? "no query or no such entry" : searcher.Explain(built.Main, doc).ToString();
    }

    /// <summary>The facet values and lexicon of the index, compared by their analysed words.</summary>
    private string Key(string text) => FacetCatalog.KeyOf(queryAnalyzer, text);

    private (List<(int Doc, double Score)> Top, List<int> All) Run(Query query, int limit, bool governance)
    {
        // Note: documents in order. Out of order lets Lucene use BooleanScorer, whose bucket table allocates 2,048
        // objects per segment per query: 60% of a query's allocations, for no gain in speed at this size.
        var best = TopScoreDocCollector.Create(Math.Max(limit, ParentBoost.Window), docsScoredInOrder: true);
        var all = new MatchCollector();
        searcher.Search(query, MultiCollector.Wrap(best, all));
        var ranked = best.GetTopDocs().ScoreDocs.Select(s => (s.Doc, Math.Round((double)s.Score, 6))).ToList();
        ranked = ParentBoost.Apply(ranked, d => docs[d].Parents);
        var matched = all.Docs;
        if (governance)
        {
            // A governor the words did not match is an answer all the same: it counts, and its facets too.
            ranked = GovernanceAnswer.Apply(ranked, d => docs[d].Governors);
            matched = [.. matched.Union(ranked.Select(r => r.Doc))];
        }

        return (ranked.Take(limit).ToList(), matched);
    }

    private SearchResponse Answer(SearchRequest request, int total, List<SearchHit> hits, IEnumerable<int> matched, List<string> messages) =>
        new(request.Query ?? string.Empty, total, hits, facets.Count(matched, context.Catalog), messages.Count == 0 ? null : string.Join(' ', messages));

    /// <inheritdoc />
    public void Dispose()
    {
        reader.Dispose();
        queryAnalyzer.Dispose();
        if (directory is not RAMDirectory)
        {
            directory.Dispose();
        }
    }

    private static Lucene.Net.Store.Directory Open(string folder)
    {
        if (!System.IO.Directory.Exists(folder) || !DirectoryReader.IndexExists(FSDirectory.Open(folder)))
        {
            throw new FileNotFoundException("No search index here; run kb build first.", folder);
        }

        return FSDirectory.Open(folder);
    }
}
