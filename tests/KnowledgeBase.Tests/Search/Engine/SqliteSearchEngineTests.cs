using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Engine;

/// <summary>How the engine opens its index file.</summary>
public sealed class SqliteSearchEngineTests
{
    [Theory]
    [InlineData("with space")]
    [InlineData("hash#and?mark")]
    [InlineData("per%cent")]
    public void Open_InAFolderWhoseNameHasUriCharacters_FindsTheEntries(string name)
    {
        string folder = Directory.CreateTempSubdirectory("kb-engine-").FullName;
        try
        {
            string path = Path.Combine(folder, name, "search.db");
            new SqliteSearchIndexWriter().Write(path, [TinyIndex.Doc("trident", "Operation Trident", "Gun crime in London.")], SearchLexicon.Empty);
            using var engine = new SqliteSearchEngine(path);
            Assert.Equal(["trident"], engine.Search(new SearchRequest("trident")).Results.Select(r => r.Slug));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Open_WhileANewIndexReplacesTheFile_KeepsAnsweringFromTheOneItOpened()
    {
        // The index is opened immutable: it must never be written in place, only replaced, as the writer does.
        string folder = Directory.CreateTempSubdirectory("kb-engine-").FullName;
        try
        {
            string path = Path.Combine(folder, "search.db");
            new SqliteSearchIndexWriter().Write(path, [TinyIndex.Doc("trident", "Operation Trident", "Gun crime in London.")], SearchLexicon.Empty);
            using var engine = new SqliteSearchEngine(path);
            new SqliteSearchIndexWriter().Write(path, [TinyIndex.Doc("sceptre", "Operation Sceptre", "Knife crime in London.")], SearchLexicon.Empty);
            Assert.Equal(["trident"], engine.Search(new SearchRequest("london")).Results.Select(r => r.Slug));
            using var reopened = new SqliteSearchEngine(path);
            Assert.Equal(["sceptre"], reopened.Search(new SearchRequest("london")).Results.Select(r => r.Slug));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
