using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>A handful of made-up entries in a temporary index, for tests that need exact control of the content.</summary>
internal sealed class TinyIndex : IDisposable
{
    private readonly SearchIndex index;

    public TinyIndex(IReadOnlyList<SearchDocument> docs, SearchLexicon? lexicon = null)
    {
        index = SearchIndexBuilder.Build(docs, lexicon ?? SearchLexicon.Empty, "OFFICIAL");
        Engine = new LuceneSearchEngine(index);
    }

    public LuceneSearchEngine Engine { get; }

    public static SearchDocument Doc(string slug, string title, string body, string kind = "option", string summary = "A summary.",
        string[]? keywords = null, string[]? boroughs = null) =>
        new(slug, kind, title, $"/{kind}s/{slug}/", summary, keywords ?? [],
            new Dictionary<string, IReadOnlyList<string>> { ["borough"] = boroughs ?? [] }, [], body, "active");

    public List<string> Slugs(string query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null) =>
        Engine.Search(new SearchRequest(query, 10, filters)).Results.Select(r => r.Slug).ToList();

    public void Dispose()
    {
        Engine.Dispose();
        index.Dispose();
    }
}
