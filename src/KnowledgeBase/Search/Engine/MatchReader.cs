using System.Globalization;
using System.Text;
using KnowledgeBase.Search.Native;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Engine;

/// <summary>Runs MATCH expressions with prepared statements: scored matches, bare ids, what a snippet needs.</summary>
internal sealed class MatchReader : IDisposable
{
    private readonly RawStatement scored;
    private readonly RawStatement ids;
    private readonly RawStatement body;
    private readonly RawStatement tokens;
    private byte[] stored = new byte[8192];

    public MatchReader(SqliteConnection connection, double[] weights)
    {
        string w = string.Join(", ", weights.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));
        // Every read is bounded by rowid, so a broad query can be split into ranges read side by side (see
        // MatchSplitter); FTS5 seeks to a range's start, and bm25 still takes IDF and lengths from the whole table.
        scored = new RawStatement(connection, $"SELECT rowid, {Ranking.Bm25Function.Name}(fts, ?4, {w}) FROM fts WHERE fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
        ids = new RawStatement(connection, "SELECT rowid FROM fts WHERE fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
        // Only the opening the snippet scans is read: long bodies span overflow pages, and decoding them was
        // most of a snippet's cost. substr counts characters, so at least as many UTF-16 units come back.
        body = new RawStatement(connection, $"SELECT substr(body, 1, {SnippetBuilder.BodyScanLength}) FROM docs WHERE id = ?1");
        tokens = new RawStatement(connection, "SELECT tokens FROM snippets WHERE id = ?1");
    }

    /// <summary>Every match from <paramref name="first"/> to <paramref name="last"/> with its bm25 score, made positive (FTS5 returns lower-is-better).</summary>
    /// <param name="expression">The MATCH expression.</param>
    /// <param name="counts">Per phrase, the counts its IDF is made from (see <see cref="Ranking.Bm25Function"/>).</param>
    /// <param name="first">The first rowid to read.</param>
    /// <param name="last">The last rowid to read.</param>
    public List<(int Id, double Score)> Read(string expression, byte[] counts, int first, int last)
    {
        var result = new List<(int, double)>();
        scored.Bind(1, expression).Bind(2, first).Bind(3, last).BindBlob(4, counts)
            .Read(row => result.Add(((int)SqliteNative.ColumnInt64(row, 0), -SqliteNative.ColumnDouble(row, 1))));
        return result;
    }

    public List<int> Ids(string expression, int first, int last)
    {
        var result = new List<int>();
        ids.Bind(1, expression).Bind(2, first).Bind(3, last).Read(row => result.Add((int)SqliteNative.ColumnInt64(row, 0)));
        return result;
    }

    /// <summary>The opening of a document's body, as much as snippets scan.</summary>
    public unsafe string Body(int id)
    {
        string text = string.Empty;
        body.Bind(1, id).Read(row =>
        {
            byte* utf8 = SqliteNative.ColumnText(row, 0);
            text = utf8 == null ? string.Empty : Encoding.UTF8.GetString(utf8, SqliteNative.ColumnBytes(row, 0));
        });
        return text;
    }

    /// <summary>
    /// A document's stored snippet tokens (see <see cref="Indexing.SnippetTokenCodec"/>), in a buffer this reader
    /// reuses: valid until its next call.
    /// </summary>
    public unsafe ReadOnlySpan<byte> SnippetTokens(int id)
    {
        int length = 0;
        tokens.Bind(1, id).Read(row =>
        {
            byte* blob = SqliteNative.ColumnBlob(row, 0);
            length = blob == null ? 0 : SqliteNative.ColumnBytes(row, 0);
            if (length > stored.Length)
            {
                stored = new byte[Math.Max(length, stored.Length * 2)];
            }

            new ReadOnlySpan<byte>(blob, length).CopyTo(stored);
        });
        return stored.AsSpan(0, length);
    }

    public void Dispose()
    {
        scored.Dispose();
        ids.Dispose();
        body.Dispose();
        tokens.Dispose();
    }
}
