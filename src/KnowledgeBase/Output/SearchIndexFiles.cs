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
            return
            [
                Written(new SqliteSearchIndexWriter(), Path.Combine(scratch.FullName, Database), Database, documents, lexicon),
                Written(new StaticIndexWriter(), Path.Combine(scratch.FullName, StaticIndex), StaticIndex, documents, lexicon),
            ];
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static OutputFile Written(ISearchIndexWriter writer, string path, string name, IReadOnlyList<SearchDocument> documents, SearchLexicon lexicon)
    {
        writer.Write(path, documents, lexicon);
        return new OutputFile(name, File.ReadAllBytes(path));
    }
}
