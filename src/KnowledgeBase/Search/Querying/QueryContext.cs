using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>What building a query needs from the open index: its analyzer, its vocabulary and its facets.</summary>
internal sealed class QueryContext(IndexReader reader, Vocabulary vocabulary, Analyzer queryAnalyzer, FacetCatalog catalog)
{
    public Analyzer QueryAnalyzer { get; } = queryAnalyzer;

    public FacetCatalog Catalog { get; } = catalog;

    public TypoCorrector Typos { get; } = new(vocabulary);

    public InflectionFinder Inflections { get; } = new(vocabulary);

    public PrefixExpander Prefixes { get; } = new(vocabulary);

    /// <summary>Whether the manual uses the surface word (folded, before stemming).</summary>
    public bool UsesWord(string word) => vocabulary.FrequencyOf(word) > 0;

    /// <summary>Whether any ranked field holds the term.</summary>
    public bool Knows(string term)
    {
        var bytes = new BytesRef(term);
        foreach (string field in IndexFields.Text)
        {
            if (reader.DocFreq(new Term(field, bytes)) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
