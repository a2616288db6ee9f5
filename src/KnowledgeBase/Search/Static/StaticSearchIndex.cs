using System.Text.Json;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Static;

/// <summary>
/// Exports the Lucene index as <c>search-index.json</c>, for search.js on a plain web server. Everything in it is
/// read from the index itself (postings with positions, decoded norms, collection statistics, stored fields, doc
/// values) or made by the server's own query analyzer, so the browser ranks as Lucene does without an analyzer of
/// its own. The same index gives the same bytes.
/// </summary>
public static class StaticSearchIndex
{
    /// <summary>Format version; search.js refuses others.</summary>
    public const int Version = 3;

    /// <remarks>The default encoder escapes &lt;, &gt; and &amp;, so the file is safe even if inlined in a page.</remarks>
    public static byte[] Write(SearchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        using var reader = index.OpenReader();
        using var analyzer = new ManualAnalyzer(index.Analysis, query: true);
        var facets = FacetTable.Read(reader);
        var catalog = new FacetCatalog(index.Analysis.Source, facets.Pairs, text => FacetCatalog.KeyOf(analyzer, text));
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            StaticSettings.Write(json);
            StaticVocabulary.Write(json, reader, index.Vocabulary, index.Analysis, analyzer);
            StaticFacets.Write(json, catalog);
            StaticPostings.Write(json, reader);
            StaticDocs.Write(json, reader, facets);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
