using KnowledgeBase.Search;
using KnowledgeBase.Search.Static;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>The real manual as a static (browser) index, beside its SQLite index for comparison.</summary>
public sealed class ManualStaticIndexFixture : IDisposable
{
    public ManualStaticIndexFixture()
    {
        Server = new ManualIndexFixture();
        JsonPath = Path.Combine(Server.Folder, "search-index.json");
        new StaticIndexWriter().Write(JsonPath, Server.Docs, Server.Lexicon);
    }

    public ManualIndexFixture Server { get; }

    public string JsonPath { get; }

    public void Dispose() => Server.Dispose();
}
