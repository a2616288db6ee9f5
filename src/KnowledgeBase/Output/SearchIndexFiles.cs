using KnowledgeBase.Search;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Static;
using KnowledgeBase.Site;

namespace KnowledgeBase.Output;

/// <summary>
/// The search indexes the build writes beside the pages: <c>search.db</c> (SQLite FTS5, for kb serve and
/// kb search) and <c>search-index.json</c> (the compact index search.js answers from on a plain web server).
/// Both hold published entries only.
/// </summary>
public static class SearchIndexFiles
{
    public const string Database = "search.db";
    public const string StaticIndex = "search-index.json";

    public static IReadOnlyList<OutputFile> Write(SiteGraph graph)
    {
        var documents = SearchDocuments.From(graph);
        var lexicon = SearchDocuments.Lexicon(graph);
        var scratch = Directory.CreateTempSubdirectory("kb-search-");
        try
        {
            // One analysis serves both files: the static index is written from the SQLite index's.
            string database = Path.Combine(scratch.FullName, Database), staticIndex = Path.Combine(scratch.FullName, StaticIndex);
            var index = SqliteSearchIndexWriter.WriteIndex(database, documents, lexicon);
            StaticIndexWriter.Write(staticIndex, index);
            return [new OutputFile(Database, File.ReadAllBytes(database)), new OutputFile(StaticIndex, File.ReadAllBytes(staticIndex))];
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
