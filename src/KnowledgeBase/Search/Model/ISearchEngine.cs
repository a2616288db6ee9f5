namespace KnowledgeBase.Search;

/// <summary>Answers queries from an index. Never throws on a query: bad input gets a <see cref="SearchResponse.Message"/>.</summary>
public interface ISearchEngine : IDisposable
{
    /// <summary>Runs one query.</summary>
    SearchResponse Search(SearchRequest request);
}
