using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// A prepared statement run straight through SQLite's C API, for the index's bulk inserts. Note: ADO.NET's
/// per-row work (a parameter collection, looking up each parameter by name, encoding every string again) was a
/// measurable share of inserting 10,000 entries, and the inserts are the part of the build one core does alone.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, index, value));
        return this;
    }

    public RawStatement Bind(int index, string value)
    {
        Check(raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    /// <summary>Binds UTF-8 text as it is; SQLite copies it, so the buffer may be reused at once.</summary>
    public RawStatement BindUtf8(int index, ReadOnlySpan<byte> value) =>
        // An empty span has no address, which SQLite would read as NULL: empty text goes in as a string.
        value.IsEmpty ? Bind(index, string.Empty) : Check(raw.sqlite3_bind_text(statement, index, value), this);

    public RawStatement BindBlob(int index, ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_blob(statement, index, value));
        return this;
    }

    /// <summary>Binds each value by its type (whole numbers, text, bytes), then runs the statement.</summary>
    public void Run(params object[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            _ = values[i] switch
            {
                int n => Bind(i + 1, n),
                long n => Bind(i + 1, n),
                string text => Bind(i + 1, text),
                byte[] bytes => BindBlob(i + 1, bytes),
                var other => throw new ArgumentException($"Cannot bind a {other?.GetType().Name ?? "null"}.", nameof(values)),
            };
        }

        Run();
    }

    /// <summary>Runs the statement, then resets it for the next row.</summary>
    public void Run()
    {
        int rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(statement);
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        Check(raw.sqlite3_reset(statement));
    }

    public void Dispose() => statement.Dispose();

    private RawStatement Check(int rc, RawStatement self)
    {
        Check(rc);
        return self;
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
