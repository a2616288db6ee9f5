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
        var ours = Scores(connection, $"{Bm25Function.Name}(fts, {Weights})", expression);
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs, ours);
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

    private static List<(long Id, double Score)> Scores(SqliteConnection connection, string function, string expression)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT rowid, {function} FROM fts WHERE fts MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", expression);
        using var reader = command.ExecuteReader();
        var scores = new List<(long, double)>();
        while (reader.Read())
        {
            scores.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }

        return scores;
    }
}
