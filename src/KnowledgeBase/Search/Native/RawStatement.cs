using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeBase.Search.Native;

/// <summary>
/// A prepared statement run straight through SQLite's C API: the index writer's bulk inserts and the engine's
/// match reads. Note: ADO.NET's per-row work (a parameter collection, looking up each parameter by name, encoding
/// every string again, type checks on every column read) was a measurable share of inserting 10,000 entries and
/// of reading thousands of matches.
/// </summary>
internal sealed unsafe class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private readonly IntPtr handle;
    private byte[] text = new byte[4096];

    public RawStatement(SqliteConnection connection, string sql)
    {
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
        // The statement object stays referenced here, so its handle stays valid until Dispose.
        handle = statement.DangerousGetHandle();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RawStatement Bind(int index, long value)
    {
        Check(SqliteNative.BindInt64(handle, index, value));
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RawStatement Bind(int index, string value)
    {
        int length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > text.Length)
        {
            text = new byte[Math.Max(length, text.Length * 2)];
        }

        int written = Encoding.UTF8.GetBytes(value, text);
        fixed (byte* bytes = text)
        {
            // Never a null pointer, even for "": SQLite would read that as NULL.
            Check(SqliteNative.BindText(handle, index, bytes, written, SqliteNative.Transient));
        }

        return this;
    }

    /// <summary>Binds UTF-8 text as it is; SQLite copies it, so the buffer may be reused at once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public RawStatement BindUtf8(int index, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            // An empty span has no address, which SQLite would read as NULL: empty text goes in as a string.
            return Bind(index, string.Empty);
        }

        fixed (byte* bytes = value)
        {
            Check(SqliteNative.BindText(handle, index, bytes, value.Length, SqliteNative.Transient));
        }

        return this;
    }

    public RawStatement BindBlob(int index, ReadOnlySpan<byte> value)
    {
        byte empty = 0;
        fixed (byte* bytes = value)
        {
            // A zero-length blob still needs an address to be a blob rather than NULL.
            Check(SqliteNative.BindBlob(handle, index, value.IsEmpty ? &empty : bytes, value.Length, SqliteNative.Transient));
        }

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
                string s => Bind(i + 1, s),
                byte[] bytes => BindBlob(i + 1, bytes),
                var other => throw new ArgumentException($"Cannot bind a {other?.GetType().Name ?? "null"}.", nameof(values)),
            };
        }

        Run();
    }

    /// <summary>Runs the statement, then resets it for the next row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run()
    {
        int rc = SqliteNative.Step(handle);
        SqliteNative.Reset(handle);
        if (rc != SqliteNative.SqliteDone)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>
    /// Runs the statement, handing each result row to <paramref name="row"/> (read its columns with
    /// <see cref="SqliteNative"/>), then resets it for the next run, whatever happened.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Read(Action<IntPtr> row)
    {
        try
        {
            int rc;
            while ((rc = SqliteNative.Step(handle)) == SqliteNative.SqliteRow)
            {
                row(handle);
            }

            if (rc != SqliteNative.SqliteDone)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
        finally
        {
            SqliteNative.Reset(handle);
        }
    }

    public void Dispose() => statement.Dispose();

    private void Check(int rc)
    {
        if (rc != SqliteNative.SqliteOk)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
