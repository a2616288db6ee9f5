using System.Security.Cryptography;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>Every file of a built site with a hash of its bytes, to prove a failed build left the previous site byte-identical.</summary>
internal static class OutputSnapshot
{
    public static SortedDictionary<string, string> Take(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }

    /// <summary>The first difference between two snapshots, or null when they are the same.</summary>
    public static string? Difference(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        foreach (var (path, hash) in expected)
        {
            if (!actual.TryGetValue(path, out var other))
            {
                return $"{path} is missing";
            }

            if (other != hash)
            {
                return $"{path} changed";
            }
        }

        return actual.Keys.FirstOrDefault(k => !expected.ContainsKey(k)) is { } extra ? $"{extra} is new" : null;
    }
}
