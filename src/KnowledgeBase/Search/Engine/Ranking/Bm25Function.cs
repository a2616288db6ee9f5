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
/// records, and that the caller may say how many rows each phrase's words match. Registered on a connection as
/// <c>kb_bm25(fts, counts, weight...)</c>. <c>counts</c> is a blob of little-endian int32s giving, for each phrase
/// of the query in the order they are written, how many counts follow and then the counts: one count (the rows
/// the phrase matches) gives FTS5's IDF; a multi-word phrase may give one per word, and its IDF is then the sum
/// of theirs; -1 with no counts lets FTS5 count the phrase's rows itself. NULL lets it count every phrase.
/// </summary>
/// <remarks>
/// Note: FTS5's own bm25 reads a row's length with an SQL lookup for every row it scores, and counts each phrase's
/// rows by running it over the whole table once per statement (so once per range when a query is split). On a
/// broad query of a 10,000-entry index those were most of the query's time. A single word's count is its
/// document frequency, which the engine already holds. A multi-word phrase's IDF as the sum of its words' IDFs is
/// how Lucene's BM25 weighs phrases (the words taken as independent); counting the phrase's own rows meant
/// matching it over the whole index, about half a millisecond per phrase on 10,000 entries.
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
        // A native copy, freed by SQLite (through Release) when the connection closes.
        var copy = (Lengths*)NativeMemory.Alloc((nuint)(sizeof(Lengths) + ((long)lengths.Length * sizeof(int))));
        copy->Count = lengths.Length;
        copy->Values = (int*)(copy + 1);
        lengths.CopyTo(new Span<int>(copy->Values, lengths.Length));
        fixed (byte* name = "kb_bm25\0"u8)
        {
            int rc = api->CreateFunction(api, name, (IntPtr)copy, (IntPtr)(delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>)&Score,
                (IntPtr)(delegate* unmanaged[Cdecl]<IntPtr, void>)&Release);
            if (rc != SqliteOk)
            {
                NativeMemory.Free(copy);
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

    /// <summary>What a statement computes once: IDF per phrase, average row length, column weights.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct QueryData
    {
        public int Phrases;
        public int Columns;
        public double AverageLength;
        public double* Idf;
        public double* Weights;
    }

    /// <summary>Each FTS row's length in tokens, by rowid, in native memory the function reads without pinning.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Lengths
    {
        public long Count;
        public int* Values;
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

            var lengths = (Lengths*)api->UserData(fts);
            long rowid = api->Rowid(fts);
            double d = rowid >= 0 && rowid < lengths->Count ? lengths->Values[rowid] : 0;
            double score = 0.0;
            for (int i = 0; i < data->Phrases; i++)
            {
                // Note: each phrase's instances are summed straight from its position list, which xPhraseFirst
                // leaves its iterator on, in the order xInst would give them, so the sums are the same doubles
                // (the tests compare every score with FTS5's bm25). xInstCount first merges every phrase's
                // positions of the row into one sorted array: on an eight-word prefix query of 10,000 entries that
                // merge, and a call per instance to read it back, were two thirds of the query.
                PhraseIterator iterator;
                int column, offset;
                rc = api->PhraseFirst(fts, i, &iterator, &column, &offset);
                if (rc != SqliteOk)
                {
                    ResultErrorCode(context, rc);
                    return;
                }

                double frequency = 0;
                if (column >= 0)
                {
                    frequency = SumRest((byte*)iterator.A, (byte*)iterator.B, column, Weight(data, column), data);
                }

                score += data->Idf[i] * ((frequency * (K1 + 1.0)) / (frequency + (K1 * (1 - B + (B * d / data->AverageLength)))));
            }

            ResultDouble(context, -1.0 * score);
        }
        catch (Exception)
        {
            ResultErrorCode(context, 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Weight(QueryData* data, int column) => column < data->Columns ? data->Weights[column] : 1.0;

    /// <summary>
    /// Adds the weights of a phrase's remaining instances, read from its position list as xPhraseNext reads it:
    /// SQLite varints, each an instance in the current column except 1, which is followed by the next column.
    /// </summary>
    private static double SumRest(byte* a, byte* b, int column, double sum, QueryData* data)
    {
        while (a < b)
        {
            int value = ReadVarint(ref a, b);
            if (value == 1)
            {
                column = a < b ? ReadVarint(ref a, b) : column;
                if (a < b)
                {
                    ReadVarint(ref a, b);
                }
            }

            sum += Weight(data, column);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadVarint(ref byte* a, byte* b)
    {
        int value = 0;
        byte next;
        do
        {
            next = *a++;
            value = (value << 7) | (next & 0x7F);
        }
        while ((next & 0x80) != 0 && a < b);
        return value;
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
        int size = sizeof(QueryData) + (sizeof(double) * (phrases + columns));
        var made = (QueryData*)NativeMemory.AllocZeroed((nuint)size);
        made->Phrases = phrases;
        made->Columns = columns;
        made->Idf = (double*)(made + 1);
        made->Weights = made->Idf + phrases;
        for (int c = 0; c < columns; c++)
        {
            made->Weights[c] = ValueDouble(values[c + 1]);
        }

        // The counts the caller knows, if it gave a well-formed list for exactly these phrases.
        var known = count > 0 ? new ReadOnlySpan<byte>(ValueBlob(values[0]), ValueBytes(values[0])) : default;
        if (!CountsFit(known, phrases))
        {
            known = default;
        }

        long rows, tokens;
        int rc = api->RowCount(fts, &rows);
        if (rc == SqliteOk)
        {
            rc = api->ColumnTotalSize(fts, -1, &tokens);
            made->AverageLength = (double)tokens / (double)rows;
        }

        int at = 0;
        for (int i = 0; rc == SqliteOk && i < phrases; i++)
        {
            int given = known.IsEmpty ? -1 : ReadInt(known, ref at);
            if (given < 1)
            {
                long hits = 0;
                rc = api->QueryPhrase(fts, i, &hits, &CountHit);
                made->Idf[i] = Idf(rows, hits);
                continue;
            }

            double idf = 0;
            for (int k = 0; k < given; k++)
            {
                idf += Idf(rows, ReadInt(known, ref at));
            }

            made->Idf[i] = idf;
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

    /// <summary>FTS5's IDF for a phrase in <paramref name="hits"/> of <paramref name="rows"/> rows, never quite zero.</summary>
    private static double Idf(long rows, long hits)
    {
        double idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    private static int ReadInt(ReadOnlySpan<byte> counts, ref int at)
    {
        int value = BinaryPrimitives.ReadInt32LittleEndian(counts[at..]);
        at += sizeof(int);
        return value;
    }

    /// <summary>Whether the blob holds, for exactly <paramref name="phrases"/> phrases, a count of counts and the counts.</summary>
    private static bool CountsFit(ReadOnlySpan<byte> counts, int phrases)
    {
        int at = 0;
        for (int i = 0; i < phrases; i++)
        {
            if (counts.Length - at < sizeof(int))
            {
                return false;
            }

            int given = ReadInt(counts, ref at);
            if (given > (counts.Length - at) / sizeof(int))
            {
                return false;
            }

            at += Math.Max(given, 0) * sizeof(int);
        }

        return at == counts.Length;
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
    private static void Release(IntPtr lengths) => NativeMemory.Free((void*)lengths);
}
