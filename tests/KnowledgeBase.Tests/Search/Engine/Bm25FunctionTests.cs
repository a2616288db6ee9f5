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
        var hits = new byte[words.Length * sizeof(int)];
        for (int i = 0; i < words.Length; i++)
        {
            using var df = connection.CreateCommand();
            df.CommandText = "SELECT coalesce((SELECT df FROM terms WHERE term = $t), 0)";
            df.Parameters.AddWithValue("$t", words[i]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(hits.AsSpan(i * sizeof(int)), Convert.ToInt32(df.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
        }

        var theirs = Scores(connection, $"bm25(fts, {Weights})", expression);
        var ours = Scores(connection, $"{Bm25Function.Name}(fts, $hits, {Weights})", expression, hits);
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs, ours);

        // The counts given are the ones used: wrong counts give other scores.
        var wrong = (byte[])hits.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(wrong, System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(wrong) + 1);
        Assert.NotEqual(theirs, Scores(connection, $"{Bm25Function.Name}(fts, $hits, {Weights})", expression, wrong));
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

    private static List<(long Id, double Score)> Scores(SqliteConnection connection, string function, string expression, byte[]? hits = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {function} FROM fts WHERE fts MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", expression);
        if (hits is not null)
        {
            command.Parameters.AddWithValue("$hits", hits);
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
