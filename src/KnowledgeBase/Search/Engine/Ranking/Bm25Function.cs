using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeBase.Search.Indexing;
using Microsoft.Data.Sqlite;
using static KnowledgeBase.Search.Native.SqliteNative;

namespace KnowledgeBase.Search.Engine.Ranking;

/// <summary>
/// FTS5's bm25, computed exactly as FTS5 computes it (same formula, same order of operations, so the same
/// doubles), except that each row's length comes from an array loaded once instead of the table's docsize
/// records, and that the caller may say how many rows each phrase matches. Registered on a connection as
/// <c>kb_bm25(fts, hits, weight...)</c>: <c>hits</c> is a blob of one little-endian int32 per phrase of the
/// query, in the order they are written, -1 where FTS5 should count (or NULL to let it count them all).
/// </summary>
/// <remarks>
/// Note: FTS5's own bm25 reads a row's length with an SQL lookup for every row it scores, and counts each phrase's
/// rows by running it over the whole table once per statement (so once per range when a query is split). On a
/// broad query of a 10,000-entry index those were most of the query's time. A single word's count is its
/// document frequency, which the engine already holds.
/// </remarks>
internal static unsafe class Bm25Function
{
    public const string Name = "kb_bm25";
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Adds <c>kb_bm25</c> to the connection, with each FTS row's length in tokens by rowid.</summary>
    public static void Register(SqliteConnection connection, int[] lengths)
    {
        IntPtr db = connection.Handle?.DangerousGetHandle() ?? throw new InvalidOperationException("The connection is not open.");
        var api = Fts5ApiOf(db);
        var handle = GCHandle.Alloc(lengths);
        fixed (byte* name = "kb_bm25\0"u8)
        {
            int rc = api->CreateFunction(api, name, GCHandle.ToIntPtr(handle), (IntPtr)(delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>)&Score,
                (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, void>)&Release);
            if (rc != SqliteOk)
            {
                handle.Free();
                throw new InvalidOperationException($"FTS5 refused the {Name} function (SQLite error {rc}).");
            }
        }
    }

    /// <summary>Every FTS row's length in tokens (all columns), read from the table's docsize records.</summary>
    public static int[] LoadLengths(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, sz FROM fts_docsize ORDER BY id";
        var rows = new List<(long Id, int Length)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), Total((byte[])reader.GetValue(1))));
            }
        }

        var lengths = new int[rows.Count == 0 ? 1 : (int)rows[^1].Id + 1];
        foreach (var (id, length) in rows)
        {
            lengths[id] = length;
        }

        return lengths;
    }

    /// <summary>The sum of a docsize record's column sizes: SQLite varints, one per column.</summary>
    private static int Total(byte[] record)
    {
        int total = 0, at = 0;
        while (at < record.Length)
        {
            uint value = 0;
            byte b;
            int read = 0;
            do
            {
                b = record[at++];
                value = (value << 7) | (uint)(b & 0x7F);
                read++;
            }
            while ((b & 0x80) != 0 && at < record.Length && read < 5);
            total += (int)value;
        }

        return total;
    }

    private static Fts5Api* Fts5ApiOf(IntPtr db)
    {
        Fts5Api* api = null;
        IntPtr statement;
        fixed (byte* sql = "SELECT fts5(?1)\0"u8)
        fixed (byte* type = "fts5_api_ptr\0"u8)
        {
            if (Prepare(db, sql, -1, &statement, IntPtr.Zero) != SqliteOk)
            {
                throw new InvalidOperationException("This SQLite has no FTS5.");
            }

            try
            {
                BindPointer(statement, 1, &api, type, IntPtr.Zero);
                Step(statement);
            }
            finally
            {
                FinalizeStatement(statement);
            }
        }

        return api != null && api->Version >= 2 ? api : throw new InvalidOperationException("This SQLite's FTS5 is too old.");
    }

    /// <summary>What a statement computes once: IDF per phrase, average row length, column weights, a frequency scratch array.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct QueryData
    {
        public int Phrases;
        public int Columns;
        public double AverageLength;
        public double* Idf;
        public double* Weights;
        public double* Frequency;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Score(ExtensionApi* api, IntPtr fts, IntPtr context, int count, IntPtr* values)
    {
        try
        {
            int rc = DataOf(api, fts, count, values, out var data);
            if (rc != SqliteOk)
            {
                ResultErrorCode(context, rc);
                return;
            }

            double* frequency = data->Frequency;
            new Span<double>(frequency, data->Phrases).Clear();
            int instances;
            rc = api->InstCount(fts, &instances);
            for (int i = 0; rc == SqliteOk && i < instances; i++)
            {
                int phrase, column, offset;
                rc = api->Inst(fts, i, &phrase, &column, &offset);
                if (rc == SqliteOk)
                {
                    frequency[phrase] += column < data->Columns ? data->Weights[column] : 1.0;
                }
            }

            if (rc != SqliteOk)
            {
                ResultErrorCode(context, rc);
                return;
            }

            var lengths = (int[])GCHandle.FromIntPtr(api->UserData(fts)).Target!;
            long rowid = api->Rowid(fts);
            double d = rowid >= 0 && rowid < lengths.Length ? lengths[rowid] : 0;
            double score = 0.0;
            for (int i = 0; i < data->Phrases; i++)
            {
                score += data->Idf[i] * ((frequency[i] * (K1 + 1.0)) / (frequency[i] + (K1 * (1 - B + (B * d / data->AverageLength)))));
            }

            ResultDouble(context, -1.0 * score);
        }
        catch (Exception)
        {
            ResultErrorCode(context, 1);
        }
    }

    private static int DataOf(ExtensionApi* api, IntPtr fts, int count, IntPtr* values, out QueryData* data)
    {
        data = (QueryData*)api->GetAuxdata(fts, 0);
        if (data != null)
        {
            return SqliteOk;
        }

        int phrases = api->PhraseCount(fts);
        int columns = Math.Max(count - 1, 0);
        int size = sizeof(QueryData) + (sizeof(double) * ((2 * phrases) + columns));
        var made = (QueryData*)NativeMemory.AllocZeroed((nuint)size);
        made->Phrases = phrases;
        made->Columns = columns;
        made->Idf = (double*)(made + 1);
        made->Frequency = made->Idf + phrases;
        made->Weights = made->Frequency + phrases;
        for (int c = 0; c < columns; c++)
        {
            made->Weights[c] = ValueDouble(values[c + 1]);
        }

        // The counts the caller knows, if it gave them for exactly these phrases.
        byte* known = null;
        if (count > 0 && ValueBytes(values[0]) == phrases * sizeof(int))
        {
            known = ValueBlob(values[0]);
        }

        long rows, tokens;
        int rc = api->RowCount(fts, &rows);
        if (rc == SqliteOk)
        {
            rc = api->ColumnTotalSize(fts, -1, &tokens);
            made->AverageLength = (double)tokens / (double)rows;
        }

        for (int i = 0; rc == SqliteOk && i < phrases; i++)
        {
            long hits = 0;
            int given = known == null ? -1 : BinaryPrimitives.ReadInt32LittleEndian(new ReadOnlySpan<byte>(known + (i * sizeof(int)), sizeof(int)));
            if (given >= 0)
            {
                hits = given;
            }
            else
            {
                rc = api->QueryPhrase(fts, i, &hits, &CountHit);
            }

            if (rc == SqliteOk)
            {
                double idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
                made->Idf[i] = idf <= 0.0 ? 1e-6 : idf;
            }
        }

        if (rc == SqliteOk)
        {
            rc = api->SetAuxdata(fts, made, &FreeData);
        }
        else
        {
            NativeMemory.Free(made);
        }

        data = rc == SqliteOk ? made : null;
        return rc;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int CountHit(ExtensionApi* api, IntPtr fts, void* hits)
    {
        (*(long*)hits)++;
        return SqliteOk;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void FreeData(void* data) => NativeMemory.Free(data);

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Release(IntPtr handle) => GCHandle.FromIntPtr(handle).Free();
}
