using System.Runtime.InteropServices;

namespace KnowledgeBase.Search.Native;

/// <summary>
/// The parts of SQLite's C API (the bundled e_sqlite3) and of FTS5's extension API (fts5.h) that the index writer's
/// bulk inserts, the match reader and <c>kb_bm25</c> call directly. The structs are declared up to the last member
/// used; FTS5 only ever appends to them.
/// </summary>
/// <remarks>
/// Calls marked SuppressGCTransition are short and never call back into .NET: they run without switching the
/// thread out of managed mode, which cost more than the calls themselves when made per row or per token.
/// Note: direct calls with raw handles, not through SQLitePCL's wrappers: those count handle references and
/// dispatch through an interface on every call, and as a library's code they ran unoptimised through much of a
/// one-shot build (tiered compilation), in the loops that insert and read thousands of rows.
/// </remarks>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    public const int SqliteOk = 0;
    public const int SqliteRow = 100;
    public const int SqliteDone = 101;

    /// <summary>fts5_api: how a connection's FTS5 module takes new auxiliary functions.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct Fts5Api
    {
        public int Version;
        public IntPtr CreateTokenizer;
        public IntPtr FindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5Api*, byte*, IntPtr, IntPtr, IntPtr, int> CreateFunction;
    }

    /// <summary>Fts5ExtensionApi: what an auxiliary function may ask about the current row and query.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct ExtensionApi
    {
        public int Version;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, IntPtr> UserData;
        public delegate* unmanaged[Cdecl]<IntPtr, int> ColumnCount;
        public delegate* unmanaged[Cdecl]<IntPtr, long*, int> RowCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, long*, int> ColumnTotalSize;
        public IntPtr Tokenize;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int> PhraseCount;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int> PhraseSize;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int*, int> InstCount;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, int*, int*, int*, int> Inst;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, long> Rowid;
        public IntPtr ColumnText;
        public delegate* unmanaged[Cdecl]<IntPtr, int, int*, int> ColumnSize;
        public delegate* unmanaged[Cdecl]<IntPtr, int, void*, delegate* unmanaged[Cdecl]<ExtensionApi*, IntPtr, void*, int>, int> QueryPhrase;
        public delegate* unmanaged[Cdecl]<IntPtr, void*, delegate* unmanaged[Cdecl]<void*, void>, int> SetAuxdata;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, void*> GetAuxdata;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, int, PhraseIterator*, int*, int*, int> PhraseFirst;
        public delegate* unmanaged[Cdecl, SuppressGCTransition]<IntPtr, PhraseIterator*, int*, int*, void> PhraseNext;
    }

    /// <summary>Fts5PhraseIter: where xPhraseNext is in a phrase's instances in the current row (FTS5's own state).</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct PhraseIterator
    {
        public IntPtr A;
        public IntPtr B;
    }

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    public static partial int Prepare(IntPtr db, byte* sql, int length, IntPtr* statement, IntPtr tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_pointer")]
    public static partial int BindPointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    public static partial int FinalizeStatement(IntPtr statement);

    /// <summary>SQLITE_TRANSIENT: SQLite copies the bound value before the call returns.</summary>
    public static readonly IntPtr Transient = new(-1);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInt64(IntPtr statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    public static partial int BindText(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    [SuppressGCTransition]
    public static partial int BindBlob(IntPtr statement, int index, byte* blob, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double")]
    [SuppressGCTransition]
    public static partial double ColumnDouble(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    public static partial byte* ColumnBlob(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_text")]
    public static partial byte* ColumnText(IntPtr statement, int column);

    /// <summary>The size in bytes of the blob or UTF-8 text last read from the column (call it after that read).</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static partial int ColumnBytes(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_blob")]
    [SuppressGCTransition]
    public static partial byte* ValueBlob(IntPtr value);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_bytes")]
    [SuppressGCTransition]
    public static partial int ValueBytes(IntPtr value);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_double")]
    [SuppressGCTransition]
    public static partial double ValueDouble(IntPtr value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_double")]
    [SuppressGCTransition]
    public static partial void ResultDouble(IntPtr context, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error_code")]
    [SuppressGCTransition]
    public static partial void ResultErrorCode(IntPtr context, int code);
}
