using KnowledgeBase.Search.Engine.Ranking;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Tests.Search.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Tests.Search.Engine;

/// <summary>kb_bm25 must give exactly FTS5's bm25: the same doubles, for every row, whatever the query.</summary>
public sealed class Bm25FunctionTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    private const string Weights = "5, 3, 2, 1, 0.8, 0.3, 0";

    [Theory]
    [InlineData("\"knife\"")]
    [InlineData("\"gang\" OR \"gun\" OR \"firearm\"")]
    [InlineData("(\"crime\" AND \"young\") NOT \"drug\"")]
    [InlineData("\"knife crime\"")]
    [InlineData("\"polic\" AND facets : (\"kind__option\")")]
    [InlineData("\"the\"")]
    public void Score_ForEveryMatch_IsExactlyFts5sBm25(string expression)
    {
        using var connection = Open();
        Bm25Function.Register(connection, Bm25Function.LoadLengths(connection));
        var theirs = Scores(connection, $"bm25(fts, {Weights})", expression);
        var ours = Scores(connection, $"{Bm25Function.Name}(fts, NULL, {Weights})", expression);
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs, ours);
    }

    [Theory]
    [InlineData("knife")]
    [InlineData("gang", "gun", "firearm", "the", "weapon")]
    [InlineData("polic", "notaword")]
    public void Score_WithEachWordsDocumentFrequencyGiven_IsExactlyFts5sBm25(params string[] words)
    {
        using var connection = Open();
        Bm25Function.Register(connection, Bm25Function.LoadLengths(connection));
        string expression = string.Join(" OR ", words.Select(w => $"\"{w}\""));
        var counts = Counts(words.Select(w => new[] { DocumentFrequency(connection, w) }));

        var theirs = Scores(connection, $"bm25(fts, {Weights})", expression);
        var ours = Scores(connection, $"{Bm25Function.Name}(fts, $counts, {Weights})", expression, counts);
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs, ours);

        // The counts given are the ones used: wrong counts give other scores.
        var wrong = Counts(words.Select((w, i) => new[] { DocumentFrequency(connection, w) + (i == 0 ? 1 : 0) }));
        Assert.NotEqual(theirs, Scores(connection, $"{Bm25Function.Name}(fts, $counts, {Weights})", expression, wrong));
    }

    [Fact]
    public void Score_ForAPhraseWithItsWordsCountsGiven_WeighsItBySumOfTheirIdfs()
    {
        using var connection = Open();
        Bm25Function.Register(connection, Bm25Function.LoadLengths(connection));
        const string expression = "\"knife crime\"";
        int knife = DocumentFrequency(connection, "knife"), crime = DocumentFrequency(connection, "crime");
        var counted = Scores(connection, $"{Bm25Function.Name}(fts, NULL, {Weights})", expression);
        var given = Scores(connection, $"{Bm25Function.Name}(fts, $counts, {Weights})", expression, Counts([[knife, crime]]));
        Assert.NotEmpty(counted);
        Assert.Equal(counted.Select(r => r.Id), given.Select(r => r.Id));

        // A row's score is IDF times what its own counts give, so the two differ by the ratio of the IDFs.
        long rows = Scalar(connection, "SELECT count(*) FROM fts_docsize");
        static double Idf(long n, long hits) => Math.Max(Math.Log((n - hits + 0.5) / (hits + 0.5)), 1e-6);
        double expected = (Idf(rows, knife) + Idf(rows, crime)) / Idf(rows, counted.Count);
        Assert.All(Enumerable.Range(0, counted.Count), i => Assert.Equal(expected, given[i].Score / counted[i].Score, 1e-9));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 1 })]
    [InlineData(new[] { 2, 5 })]
    [InlineData(new[] { 1, 5, 1, 7, 9 })]
    public void Score_WithMalformedCounts_CountsThePhrasesItself(int[] counts)
    {
        using var connection = Open();
        Bm25Function.Register(connection, Bm25Function.LoadLengths(connection));
        const string expression = "\"knife\" OR \"gang\"";
        var blob = new byte[counts.Length * sizeof(int)];
        for (int i = 0; i < counts.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(i * sizeof(int)), counts[i]);
        }

        Assert.Equal(Scores(connection, $"bm25(fts, {Weights})", expression),
            Scores(connection, $"{Bm25Function.Name}(fts, $counts, {Weights})", expression, blob));
    }

    [Fact]
    public void LoadLengths_GivesEachRowItsTokenCount_AndPaddingRowsNone()
    {
        using var connection = Open();
        var lengths = Bm25Function.LoadLengths(connection);
        var index = IndexBuilder.Build(fixture.Docs, fixture.Lexicon);
        Assert.Equal(2 * index.Docs.Count + 1, lengths.Length);
        for (int i = 0; i < index.Docs.Count; i++)
        {
            Assert.Equal(index.Docs[i].Fields.Sum(f => f.Length), lengths[i + 1]);
            Assert.Equal(0, lengths[index.Docs.Count + i + 1]);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={fixture.IndexPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int DocumentFrequency(SqliteConnection connection, string term)
    {
        using var df = connection.CreateCommand();
        df.CommandText = "SELECT coalesce((SELECT df FROM terms WHERE term = $t), 0)";
        df.Parameters.AddWithValue("$t", term);
        return Convert.ToInt32(df.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>kb_bm25's counts blob: per phrase, how many counts, then the counts.</summary>
    private static byte[] Counts(IEnumerable<int[]> phrases)
    {
        var ints = phrases.SelectMany(p => p.Prepend(p.Length)).ToArray();
        var blob = new byte[ints.Length * sizeof(int)];
        for (int i = 0; i < ints.Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(i * sizeof(int)), ints[i]);
        }

        return blob;
    }

    private static List<(long Id, double Score)> Scores(SqliteConnection connection, string function, string expression, byte[]? counts = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {function} FROM fts WHERE fts MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", expression);
        if (counts is not null)
        {
            command.Parameters.AddWithValue("$counts", counts);
        }

        using var reader = command.ExecuteReader();
        var scores = new List<(long, double)>();
        while (reader.Read())
        {
            scores.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return scores;
    }
}
