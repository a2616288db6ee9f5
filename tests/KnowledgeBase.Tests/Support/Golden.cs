using Xunit;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Golden files: expected output checked in under tests/KnowledgeBase.Tests/Golden/. Run the tests with
/// UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff before committing.
/// </summary>
public static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Repository.Root, "tests", "KnowledgeBase.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {name}; run the tests with UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var lines = (expected.Split('\n'), actual.Split('\n'));
            var first = Enumerable.Range(0, Math.Min(lines.Item1.Length, lines.Item2.Length)).FirstOrDefault(i => lines.Item1[i] != lines.Item2[i]);
            Assert.Fail($"{name} differs from its golden file at line {first + 1}:\n- {lines.Item1.ElementAtOrDefault(first)}\n+ {lines.Item2.ElementAtOrDefault(first)}\n(UPDATE_GOLDEN=1 rewrites it after an intended change)");
        }
    }
}
