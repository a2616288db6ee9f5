using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>Writes a built index's files into a folder, as the build's output does, for tests that open one from disk.</summary>
internal static class IndexFolder
{
    public static string Write(SearchIndex index, string path)
    {
        Directory.CreateDirectory(path);
        foreach (var (name, bytes) in index.Files())
        {
            File.WriteAllBytes(Path.Combine(path, name), bytes);
        }

        return path;
    }
}
