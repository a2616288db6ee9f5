namespace KnowledgeBase.Tests.Support;

/// <summary>Finds the repository root (where KnowledgeBase.sln is), so tests can build the real manual.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>A file of the test project's evaluation sets (graded queries, scenarios, required entries).</summary>
    public static string Evaluation(string file) => Path.Combine(Root, "tests", "KnowledgeBase.Tests", "Evaluation", file);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeBase.sln not found above the test assembly");
    }
}
