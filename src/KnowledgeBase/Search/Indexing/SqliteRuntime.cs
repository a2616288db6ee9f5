namespace KnowledgeBase.Search.Indexing;

/// <summary>Loads the bundled SQLite (with FTS5) once per process.</summary>
internal static class SqliteRuntime
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialised() => _ = Initialised.Value;
}
