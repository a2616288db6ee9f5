namespace KnowledgeBase.Search;

/// <summary>Writes a search index file from the manual's documents and lexicon.</summary>
public interface ISearchIndexWriter
{
    /// <summary>Writes the index to <paramref name="path"/>, replacing any file there. Same input, same bytes.</summary>
    void Write(string path, IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon);
}
