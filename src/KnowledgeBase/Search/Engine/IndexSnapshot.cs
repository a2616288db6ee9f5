using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Engine;

/// <summary>What the engine reads from the index file once, at open: documents, vocabulary, lexicon, facets.</summary>
/// <remarks>TermNumbers numbers the terms as the snippet table does (ordinal order, from one).</remarks>
internal sealed record IndexSnapshot(
    IReadOnlyDictionary<int, DocInfo> Docs,
    double[] Weights,
    IndexVocabulary Vocabulary,
    CompiledLexicon Lexicon,
    FacetCatalog Catalog,
    FacetCounter Counter,
    TextAnalyzer Analyzer,
    IReadOnlyDictionary<string, int> TermNumbers);
