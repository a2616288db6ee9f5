using KnowledgeBase.Configuration;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Static;
using KnowledgeBase.Site;

namespace KnowledgeBase.Output;

/// <summary>
/// The search index the build writes beside the pages: the Lucene index in <c>lucene/</c> (kb serve, kb search and
/// kb menu answer from it) and <c>search-index.json</c>, exported from it for search.js on a plain web server.
/// Both hold published entries only.
/// </summary>
public static class SearchIndexFiles
{
    /// <summary>The Lucene index's folder in the output.</summary>
    public const string Folder = "lucene";

    public const string StaticIndex = "search-index.json";

    /// <summary>Indexes the graph's published entries (in memory: the build reads it before writing it out).</summary>
    public static SearchIndex Build(SiteGraph graph) =>
        SearchIndexBuilder.Build(SearchDocuments.From(graph), SearchDocuments.Lexicon(graph), ClassificationNames.Format(graph.Config.MaxClassification));

    /// <summary>The Lucene index's files, and the static index exported from it.</summary>
    public static IEnumerable<OutputFile> Write(SearchIndex index) =>
        index.Files().Select(f => new OutputFile(Folder + "/" + f.Name, f.Bytes))
            .Append(new OutputFile(StaticIndex, StaticSearchIndex.Write(index)));
}
