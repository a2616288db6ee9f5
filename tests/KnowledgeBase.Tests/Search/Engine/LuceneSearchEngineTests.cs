using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Engine;

/// <summary>How the engine opens an index folder, and what it does when the folder is swapped under it.</summary>
public sealed class LuceneSearchEngineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kb-engine-").FullName;

    [Theory]
    [InlineData("with space")]
    [InlineData("hash#and?mark")]
    [InlineData("per%cent")]
    public void Open_InAFolderWhoseNameHasUriCharacters_FindsTheEntries(string name)
    {
        string path = Write(Path.Combine(folder, name), TinyIndex.Doc("trident", "Operation Trident", "Gun crime in London."));
        using var engine = new LuceneSearchEngine(path);
        Assert.Equal(["trident"], engine.Search(new SearchRequest("trident")).Results.Select(r => r.Slug));
    }

    [Fact]
    public void Open_WhenABuildSwapsInANewFolder_KeepsAnsweringFromTheOneItOpened()
    {
        string path = Write(Path.Combine(folder, "lucene"), TinyIndex.Doc("trident", "Operation Trident", "Gun crime in London."));
        using var engine = new LuceneSearchEngine(path);
        // What the atomic site writer does: the new output is written beside the old and renamed over it.
        string next = Write(Path.Combine(folder, "next"), TinyIndex.Doc("sceptre", "Operation Sceptre", "Knife crime in London."));
        Directory.Move(path, Path.Combine(folder, "old"));
        Directory.Move(next, path);
        Directory.Delete(Path.Combine(folder, "old"), recursive: true);
        Assert.Equal(["trident"], engine.Search(new SearchRequest("london")).Results.Select(r => r.Slug));
        using var reopened = new LuceneSearchEngine(path);
        Assert.Equal(["sceptre"], reopened.Search(new SearchRequest("london")).Results.Select(r => r.Slug));
    }

    [Fact]
    public void Open_WhereNoIndexIs_SaysToBuild()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new LuceneSearchEngine(Path.Combine(folder, "missing")));
        Assert.Contains("kb build", error.Message);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Write(string path, params SearchDocument[] docs)
    {
        using var index = SearchIndexBuilder.Build(docs, SearchLexicon.Empty, "OFFICIAL");
        return IndexFolder.Write(index, path);
    }
}
