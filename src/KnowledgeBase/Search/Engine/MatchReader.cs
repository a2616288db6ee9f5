using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Engine;

/// <summary>Runs MATCH expressions with prepared statements: scored matches, bare ids, what a snippet needs.</summary>
internal sealed class MatchReader : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SQLitePCL.sqlite3_stmt scored;
    private readonly SQLitePCL.sqlite3_stmt ids;
    private readonly SqliteCommand body;
    private readonly SqliteCommand tokens;

    public MatchReader(SqliteConnection connection, double[] weights)
    {
        this.connection = connection;
        string w = string.Join(", ", weights.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));
        // Every read is bounded by rowid, so a broad query can be split into ranges read side by side (see
        // MatchSplitter); FTS5 seeks to a range's start, and bm25 still takes IDF and lengths from the whole table.
        // Note: read through SQLite's C API: ADO.NET's per-row work (type checks, handle counting) was a good share
        // of reading thousands of matches.
        scored = PrepareRaw($"SELECT rowid, {Ranking.Bm25Function.Name}(fts, ?4, {w}) FROM fts WHERE fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
        ids = PrepareRaw("SELECT rowid FROM fts WHERE fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
        // Only the opening the snippet scans is read: long bodies span overflow pages, and decoding them was
        // most of a snippet's cost. substr counts characters, so at least as many UTF-16 units come back.
        body = Prepare(connection, $"SELECT substr(body, 1, {SnippetBuilder.BodyScanLength}) FROM docs WHERE id = $q");
        tokens = Prepare(connection, "SELECT tokens FROM snippets WHERE id = $q");
    }

    /// <summary>Every match from <paramref name="first"/> to <paramref name="last"/> with its bm25 score, made positive (FTS5 returns lower-is-better).</summary>
    /// <param name="expression">The MATCH expression.</param>
    /// <param name="hits">Per phrase, how many rows it matches where known (see <see cref="Ranking.Bm25Function"/>).</param>
    /// <param name="first">The first rowid to read.</param>
    /// <param name="last">The last rowid to read.</param>
    public List<(int Id, double Score)> Read(string expression, byte[] hits, int first, int last)
    {
        var result = new List<(int, double)>();
        Check(SQLitePCL.raw.sqlite3_bind_blob(scored, 4, hits), connection.Handle!);
        Run(scored, expression, first, last, statement =>
            result.Add(((int)Native.SqliteNative.ColumnInt64(statement, 0), -Native.SqliteNative.ColumnDouble(statement, 1))));
        return result;
    }

    public List<int> Ids(string expression, int first, int last)
    {
        var result = new List<int>();
        Run(ids, expression, first, last, statement => result.Add((int)Native.SqliteNative.ColumnInt64(statement, 0)));
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

    /// <summary>Binds the expression and range, and hands each row to <paramref name="row"/>; SQLite errors become exceptions.</summary>
    private void Run(SQLitePCL.sqlite3_stmt statement, string expression, int first, int last, Action<IntPtr> row)
    {
        var db = connection.Handle!;
        Check(SQLitePCL.raw.sqlite3_bind_text(statement, 1, expression), db);
        Check(SQLitePCL.raw.sqlite3_bind_int(statement, 2, first), db);
        Check(SQLitePCL.raw.sqlite3_bind_int(statement, 3, last), db);
        bool added = false;
        statement.DangerousAddRef(ref added);
        try
        {
            IntPtr handle = statement.DangerousGetHandle();
            int rc;
            while ((rc = Native.SqliteNative.Step(handle)) == Native.SqliteNative.SqliteRow)
            {
                row(handle);
            }

            if (rc != Native.SqliteNative.SqliteDone)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
        finally
        {
            Native.SqliteNative.Reset(statement.DangerousGetHandle());
            if (added)
            {
                statement.DangerousRelease();
            }
        }
    }

    public void Dispose()
    {
        scored.Dispose();
        ids.Dispose();
        body.Dispose();
        tokens.Dispose();
    }

    private SQLitePCL.sqlite3_stmt PrepareRaw(string sql)
    {
        Check(SQLitePCL.raw.sqlite3_prepare_v2(connection.Handle!, sql, out var statement), connection.Handle!);
        return statement;
    }

    private static void Check(int rc, SQLitePCL.sqlite3 db)
    {
        if (rc != Native.SqliteNative.SqliteOk)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
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
