using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Static;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>The real manual's Lucene index, opened by the server engine, with the static index exported from it beside.</summary>
public sealed class ManualStaticIndexFixture : IDisposable
{
    public ManualStaticIndexFixture()
    {
        Server = new ManualIndexFixture();
        JsonPath = Path.Combine(Server.Folder, "search-index.json");
        using var index = SearchIndexBuilder.Build(Server.Docs, Server.Lexicon, "OFFICIAL");
        File.WriteAllBytes(JsonPath, StaticSearchIndex.Write(index));
    }

    public ManualIndexFixture Server { get; }

    public string JsonPath { get; }

    public void Dispose() => Server.Dispose();
}
