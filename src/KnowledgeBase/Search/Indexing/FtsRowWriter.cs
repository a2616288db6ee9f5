using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Native;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Indexing;

/// <summary>Inserts FTS5 rows, binding each column's UTF-8 text as it is.</summary>
internal sealed class FtsRowWriter(SqliteConnection connection) : IDisposable
{
    private readonly RawStatement statement = new(connection,
        "INSERT INTO fts(rowid, " + string.Join(", ", IndexField.Names) + ") VALUES(?" + string.Concat(Enumerable.Repeat(",?", IndexField.Names.Length)) + ")");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Insert(long rowid, FtsRow row)
    {
        statement.Bind(1, rowid);
        for (int f = 0; f < IndexField.Names.Length; f++)
        {
            statement.BindUtf8(f + 2, row.Column(f));
        }

        statement.Run();
    }

    public void Dispose() => statement.Dispose();
}
