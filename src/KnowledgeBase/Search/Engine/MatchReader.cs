using System.Globalization;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Querying.Plans;
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
        scored = Prepare(connection, $"SELECT rowid, bm25(fts, {w}) FROM fts WHERE fts MATCH $q");
        ids = Prepare(connection, "SELECT rowid FROM fts WHERE fts MATCH $q");
        // Only the opening the snippet scans is read: long bodies span overflow pages, and decoding them was
        // most of a snippet's cost. substr counts characters, so at least as many UTF-16 units come back.
        body = Prepare(connection, $"SELECT substr(body, 1, {SnippetBuilder.BodyScanLength}) FROM docs WHERE id = $q");
        tokens = Prepare(connection, "SELECT tokens FROM snippets WHERE id = $q");
    }

    /// <summary>Every match with its bm25 score, made positive (FTS5 returns lower-is-better).</summary>
    public List<(int Id, double Score)> Read(MatchPlan plan)
    {
        scored.Parameters[0].Value = FtsExpression.Write(plan);
        var result = new List<(int, double)>();
        using var r = scored.ExecuteReader();
        while (r.Read())
        {
            result.Add((r.GetInt32(0), -r.GetDouble(1)));
        }

        return result;
    }

    public HashSet<int> Ids(MatchPlan plan)
    {
        ids.Parameters[0].Value = FtsExpression.Write(plan);
        var result = new HashSet<int>();
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

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter("$q", string.Empty));
        command.Prepare();
        return command;
    }
}
