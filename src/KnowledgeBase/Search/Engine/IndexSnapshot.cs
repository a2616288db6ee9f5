using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Engine;

/// <summary>What the engine reads from the index file once, at open: documents, vocabulary, lexicon, facets.</summary>
internal sealed record IndexSnapshot(
    IReadOnlyDictionary<int, DocInfo> Docs,
    double[] Weights,
    IndexVocabulary Vocabulary,
    CompiledLexicon Lexicon,
    FacetCatalog Catalog,
    FacetCounter Counter,
    TextAnalyzer Analyzer);
