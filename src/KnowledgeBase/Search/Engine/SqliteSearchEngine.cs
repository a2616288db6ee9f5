using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Querying.Plans;
using KnowledgeBase.Search.Querying.Syntax;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Answers queries from an index file written by <see cref="SqliteSearchIndexWriter"/>, opened read-only.
/// Queries are serialised on one connection with prepared statements; the snapshot in memory does the rest.
/// </summary>
public sealed class SqliteSearchEngine : ISearchEngine
{
    /// <summary>Longer queries are cut here; nobody types more, and a pasted page must stay cheap.</summary>
    public const int MaxQueryLength = 1000;

    private const int MaxLimit = 100;
    private const int ParallelFacetsFrom = 2000;
    private readonly SqliteConnection[] connections;
    private readonly IndexSnapshot snapshot;
    private readonly MatchReader[] readers;
    private readonly MatchReader reader;
    private readonly MatchSplitter matcher;
    private readonly SnippetBuilder snippets;
    private readonly object gate = new();

    /// <summary>Opens the index at <paramref name="path"/>.</summary>
    public SqliteSearchEngine(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("No search index here; run kb build first.", path);
        }

        SqliteRuntime.EnsureInitialised();
        // Note: opened as immutable: an index file is never changed in place (a build writes a new file and moves
        // it over the old, so an open file keeps its old contents), and SQLite then skips the file locking and
        // change checks around every statement: their system calls were a third of a typical query's time.
        string uri = new Uri(Path.GetFullPath(path)).AbsoluteUri + "?immutable=1";
        string connectionString = new SqliteConnectionStringBuilder { DataSource = uri, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        var first = Open(connectionString);
        snapshot = SnapshotLoader.Load(first);
        // One connection per core for large indexes, so broad queries read their ranges side by side.
        int count = snapshot.Docs.Length >= 2 * MatchSplitter.SplitFrom ? Math.Clamp(Environment.ProcessorCount, 1, 4) : 1;
        connections = [first, .. Enumerable.Range(1, count - 1).Select(_ => Open(connectionString))];
        var lengths = Ranking.Bm25Function.LoadLengths(first);
        foreach (var connection in connections)
        {
            Ranking.Bm25Function.Register(connection, lengths);
        }

        readers = [.. connections.Select(c => new MatchReader(c, snapshot.Weights))];
        reader = readers[0];
        matcher = new MatchSplitter(readers, snapshot.Docs.Length, snapshot.Vocabulary.DocumentFrequency,
            token => snapshot.FacetTokenFrequency.GetValueOrDefault(token));
        snippets = new SnippetBuilder();
    }

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
        var planner = new QueryPlanner(snapshot.Analyzer, snapshot.Lexicon, snapshot.Vocabulary, snapshot.Catalog);
        var planned = planner.Plan(ast, request.Filters);
        messages.AddRange(planned.Messages);
        if (planned.Plan is null)
        {
            return Answer(request, 0, [], [], messages);
        }

        lock (gate)
        {
            return Run(request, planned, messages);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var r in readers)
        {
            r.Dispose();
        }

        foreach (var connection in connections)
        {
            connection.Dispose();
        }
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private SearchResponse Run(SearchRequest request, PlannedQuery planned, List<string> messages)
    {
        var matches = matcher.Read(planned.Plan!);
        Func<int, int>? coordination = null;
        if (matches.Count < Ranker.SupplementBelow && planned.Fallback is not null)
        {
            var sets = planned.Concepts.Select(matcher.Ids).ToList();
            coordination = id => sets.Count(s => s.Contains(id));
            int before = matches.Count;
            matches = Ranker.Supplement(matches, matcher.Read(planned.Fallback), coordination, planned.Concepts.Count);
            if (matches.Count > before)
            {
                messages.Add(before == 0
                    ? "No entry has all the words: showing entries with some of them."
                    : "Few entries have all the words: entries with most of them are shown too.");
            }
        }

        int limit = Math.Clamp(request.Limit, 0, MaxLimit);
        var ranked = Ranker.Rank(matches, snapshot.Docs, snapshot.TitleIndex, planned.Concepts, coordination, limit);
        // Facets of thousands of matches are counted on another core while the snippets are made.
        var facets = ranked.All.Length >= ParallelFacetsFrom
            ? Task.Run(() => snapshot.Counter.Count(ranked.All.Select(r => r.Doc)))
            : Task.FromResult(snapshot.Counter.Count(ranked.All.Select(r => r.Doc)));
        var numbers = planned.Highlight.Select(t => snapshot.TermNumbers.GetValueOrDefault(t)).Where(n => n > 0).ToHashSet();
        var hits = new List<SearchHit>(ranked.Top.Length);
        foreach (var (doc, score) in ranked.Top)
        {
            string snippet = snippets.Build(doc.Summary, () => reader.Body(doc.Id), reader.SnippetTokens(doc.Id), planned.Highlight, numbers);
            hits.Add(new SearchHit(doc.Slug, doc.Title, doc.Kind, doc.Url, score, snippet));
        }

        return Answer(request, ranked.All.Length, hits, facets.GetAwaiter().GetResult(), messages);
    }

    private SearchResponse Answer(SearchRequest request, int total, List<SearchHit> hits, IEnumerable<DocInfo> matched, List<string> messages) =>
        Answer(request, total, hits, snapshot.Counter.Count(matched), messages);

    private static SearchResponse Answer(SearchRequest request, int total, List<SearchHit> hits,
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> facets, List<string> messages) =>
        new(request.Query ?? string.Empty, total, hits, facets, messages.Count == 0 ? null : string.Join(' ', messages));
}
