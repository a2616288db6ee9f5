using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Writes the whole index, lexicon included, into one SQLite FTS5 file. The same documents and lexicon always
/// give the same bytes: rows go in sorted, nothing records a time, and the file is compacted (when merges left
/// free pages) before it is moved into place (so a reader never sees half a file).
/// </summary>
public sealed class SqliteSearchIndexWriter : ISearchIndexWriter
{
    /// <inheritdoc />
    public void Write(string path, IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon) => WriteIndex(path, docs, lexicon);

    /// <summary>Writes the index file and returns the analysis it was written from, for the static index.</summary>
    internal static BuiltIndex WriteIndex(string path, IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        BuiltIndex? index = null;
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp";
        File.Delete(temp);
        SqliteRuntime.EnsureInitialised();
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = temp, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false,
            }.ToString()))
            {
                connection.Open();
                // Note: 16 KiB pages hold a whole entry's row (its body is a few KiB) without overflow pages; with 4 KiB
                // pages a 10,000-entry index took about a tenth longer to write, and its file was 8% larger.
                Execute(connection, "PRAGMA page_size=16384; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;");
                using (var tx = connection.BeginTransaction())
                {
                    foreach (string sql in IndexSchema.Create)
                    {
                        Execute(connection, sql);
                    }

                    Execute(connection, "INSERT INTO fts(fts, rank) VALUES('automerge', 0)");
                    // Note: the whole index is built in memory and written once, as one segment, at commit; with the
                    // default 1 MB FTS5 flushed dozens of segments that 'optimize' then merged, most of the build.
                    Execute(connection, "INSERT INTO fts(fts, rank) VALUES('hashsize', 268435456)");
                    using (var rows = new SqliteIndexRows(connection))
                    {
                        rows.InsertMeta();
                        // Rows go in while other cores analyse the documents after them.
                        index = IndexBuilder.Build(docs, lexicon, rows.InsertDocument);
                        rows.Finish(index);
                    }

                    Execute(connection, "INSERT INTO fts(fts) VALUES('optimize')");
                    tx.Commit();
                }

                Execute(connection, "PRAGMA user_version=" + IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
                // Only merged segments leave free pages; a single-segment build has none, and VACUUM would copy
                // the whole file for nothing. Either way the same input gives the same bytes.
                using var free = connection.CreateCommand();
                free.CommandText = "PRAGMA freelist_count";
                if (Convert.ToInt64(free.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
                {
                    Execute(connection, "VACUUM");
                }
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return index;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
