using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>Everything both index formats store, in the one order they store it (documents by slug).</summary>
/// <param name="Docs">Analysed documents sorted by slug; a document's id is its position plus one.</param>
/// <param name="DocumentFrequency">Each term (facet tokens aside) and how many documents hold it.</param>
/// <param name="Words">Each folded word of the text and its term.</param>
/// <param name="Lexicon">The lexicon, sorted so the same content always gives the same bytes.</param>
/// <param name="Compiled">The lexicon analysed.</param>
internal sealed record BuiltIndex(
    IReadOnlyList<AnalysedDocument> Docs,
    SortedDictionary<string, int> DocumentFrequency,
    SortedDictionary<string, string> Words,
    SearchLexicon Lexicon,
    CompiledLexicon Compiled);
