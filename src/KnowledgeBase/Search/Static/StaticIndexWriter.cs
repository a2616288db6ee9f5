using System.Text.Json;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Static;

/// <summary>
/// Writes the browser's index: one JSON file that search.js answers the same query language from. It holds
/// each document's pre-analysed terms per column (as ids into one sorted term list), the column weights, the
/// document metadata, the lexicon and the analyzer's word lists, so the browser analyses exactly as the server.
/// The same input gives the same bytes.
/// </summary>
public sealed class StaticIndexWriter : ISearchIndexWriter
{
    /// <summary>Format version; search.js refuses others.</summary>
    public const int Version = 1;

    /// <inheritdoc />
    /// <remarks>The default encoder escapes &lt;, &gt; and &amp;, so the file is safe even if inlined in a page.</remarks>
    public void Write(string path, IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon) =>
        Write(path, IndexBuilder.Build(docs, lexicon));

    /// <summary>Writes the static index from an analysis already made (the SQLite index's, in a site build).</summary>
    internal static void Write(string path, BuiltIndex index)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = full + ".tmp";
        using (var stream = File.Create(temp))
        using (var json = new Utf8JsonWriter(stream))
        {
            StaticIndexJson.Write(json, index);
        }

        File.Move(temp, full, overwrite: true);
    }
}
