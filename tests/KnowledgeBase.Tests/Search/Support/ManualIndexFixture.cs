using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>The real manual, indexed once per test class into a temporary folder.</summary>
public sealed class ManualIndexFixture : IDisposable
{
    public ManualIndexFixture()
    {
        (Docs, Lexicon) = ManualSearchDocuments.Load();
        Folder = Directory.CreateTempSubdirectory("kb-search-").FullName;
        IndexPath = Path.Combine(Folder, "lucene");
        using (var index = SearchIndexBuilder.Build(Docs, Lexicon, "OFFICIAL"))
        {
            IndexFolder.Write(index, IndexPath);
        }

        Engine = new LuceneSearchEngine(IndexPath);
    }

    public List<SearchDocument> Docs { get; }

    public SearchLexicon Lexicon { get; }

    public string Folder { get; }

    public string IndexPath { get; }

    public LuceneSearchEngine Engine { get; }

    public void Dispose()
    {
        Engine.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
