using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Engine;

/// <summary>Runs MATCH expressions with prepared statements: scored matches, bare ids, what a snippet needs.</summary>
internal sealed class MatchReader
{
    private readonly SqliteCommand scored;
    private readonly SqliteCommand ids;
    private readonly SqliteCommand body;
    private readonly SqliteCommand tokens;

    public MatchReader(SqliteConnection connection, double[] weights)
    {
        string w = string.Join(", ", weights.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));
        // Every read is bounded by rowid, so a broad query can be split into ranges read side by side (see
        // MatchSplitter); FTS5 seeks to a range's start, and bm25 still takes IDF and lengths from the whole table.
        scored = Prepare(connection, $"SELECT rowid, bm25(fts, {w}) FROM fts WHERE fts MATCH $q AND rowid BETWEEN $lo AND $hi");
        ids = Prepare(connection, "SELECT rowid FROM fts WHERE fts MATCH $q AND rowid BETWEEN $lo AND $hi");
        // Only the opening the snippet scans is read: long bodies span overflow pages, and decoding them was
        // most of a snippet's cost. substr counts characters, so at least as many UTF-16 units come back.
        body = Prepare(connection, $"SELECT substr(body, 1, {SnippetBuilder.BodyScanLength}) FROM docs WHERE id = $q");
        tokens = Prepare(connection, "SELECT tokens FROM snippets WHERE id = $q");
    }

    /// <summary>Every match from <paramref name="first"/> to <paramref name="last"/> with its bm25 score, made positive (FTS5 returns lower-is-better).</summary>
    public List<(int Id, double Score)> Read(string expression, int first, int last)
    {
        Bind(scored, expression, first, last);
        var result = new List<(int, double)>();
        using var r = scored.ExecuteReader();
        while (r.Read())
        {
            result.Add((r.GetInt32(0), -r.GetDouble(1)));
        }

        return result;
    }

    public List<int> Ids(string expression, int first, int last)
    {
        Bind(ids, expression, first, last);
        var result = new List<int>();
        using var r = ids.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetInt32(0));
        }

        return result;
    }

    /// <summary>The opening of a document's body, as much as snippets scan.</summary>
    public string Body(int id)
    {
        body.Parameters[0].Value = id;
        return body.ExecuteScalar() as string ?? string.Empty;
    }

    /// <summary>A document's stored snippet tokens (see <see cref="Indexing.SnippetTokenCodec"/>).</summary>
    public byte[] SnippetTokens(int id)
    {
        tokens.Parameters[0].Value = id;
        return tokens.ExecuteScalar() as byte[] ?? [];
    }

    private static void Bind(SqliteCommand command, string expression, int first, int last)
    {
        command.Parameters[0].Value = expression;
        command.Parameters[1].Value = first;
        command.Parameters[2].Value = last;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$q", string.Empty));
        if (sql.Contains("$lo", StringComparison.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter("$lo", 0));
            command.Parameters.Add(new SqliteParameter("$hi", 0));
        }

        command.Prepare();
        return command;
    }
}
