using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Engine;

/// <summary>What the engine reads from the index file once, at open: documents, vocabulary, lexicon, facets.</summary>
/// <remarks>
/// Docs are in id order (a document's id is its position plus one). TitleIndex gives, per title term, the ids of
/// the documents whose title has it. TermNumbers numbers the terms as the snippet table does (ordinal order, from one).
/// FacetTokenFrequency gives, per facet token ("kind__option"), how many documents carry it.
/// </remarks>
internal sealed record IndexSnapshot(
    DocInfo[] Docs,
    IReadOnlyDictionary<string, int[]> TitleIndex,
    double[] Weights,
    IndexVocabulary Vocabulary,
    CompiledLexicon Lexicon,
    FacetCatalog Catalog,
    FacetCounter Counter,
    TextAnalyzer Analyzer,
    IReadOnlyDictionary<string, int> TermNumbers,
    IReadOnlyDictionary<string, int> FacetTokenFrequency);
