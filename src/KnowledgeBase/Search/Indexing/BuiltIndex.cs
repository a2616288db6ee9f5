namespace KnowledgeBase.Search.Indexing;

/// <summary>Everything both index formats store, in the one order they store it (documents by slug).</summary>
/// <param name="Docs">Analysed documents sorted by slug; a document's id is its position plus one.</param>
/// <param name="Terms">Every term by its build id (see <see cref="TermTable"/>); an id lost to a race is null.</param>
/// <param name="DocumentFrequency">Each term (facet tokens aside) and how many documents hold it, sorted by term.</param>
/// <param name="Words">Each folded word of the text and its term, sorted by word.</param>
/// <param name="Lexicon">The lexicon, sorted so the same content always gives the same bytes.</param>
/// <param name="Snippets">Each document's snippet row (see <see cref="SnippetTokenCodec"/>), in the order of <paramref name="Docs"/>.</param>
internal sealed record BuiltIndex(
    IReadOnlyList<AnalysedDocument> Docs,
    IndexTerm?[] Terms,
    (IndexTerm Term, int Count)[] DocumentFrequency,
    (string Word, IndexTerm Term)[] Words,
    SearchLexicon Lexicon,
    byte[][] Snippets);
