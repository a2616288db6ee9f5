using KnowledgeBase.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Indexing;

/// <summary>A Lucene index built in memory: read during the build (related entries), then written out as files.</summary>
public sealed class SearchIndex : IDisposable
{
    internal SearchIndex(RAMDirectory directory, IndexManifest manifest, LexiconAnalysis analysis, Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Directory = directory;
        Manifest = manifest;
        Analysis = analysis;
    }

    public IndexManifest Manifest { get; }

    internal RAMDirectory Directory { get; }

    internal LexiconAnalysis Analysis { get; }

    internal Vocabulary Vocabulary { get; }

    /// <summary>Opens a reader on the index (the caller disposes it).</summary>
    internal DirectoryReader OpenReader() => DirectoryReader.Open(Directory);

    /// <summary>The index files, by name, in name order.</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Files()
    {
        foreach (string name in Directory.ListAll().Order(StringComparer.Ordinal))
        {
            using var input = Directory.OpenInput(name, IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            yield return (name, bytes);
        }
    }

    public void Dispose() => Directory.Dispose();
}
