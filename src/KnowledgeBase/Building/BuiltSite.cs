using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Output;

namespace KnowledgeBase.Building;

/// <summary>
/// Finds the built site that kb search and kb menu answer from, building it first when it is missing or
/// older than the content, so a query never answers from a stale index without saying so.
/// </summary>
public static class BuiltSite
{
    /// <summary>The output folder holding a current build, and the build that made it when one had to run.</summary>
    public static (string? Folder, BuildResult? Build) Ensure(BuildRequest request)
    {
        var config = SiteConfigLoader.Load(request.SiteRoot, request.ConfigPath, new DiagnosticBag());
        var folder = Path.GetFullPath(Path.Combine(request.SiteRoot, request.Output ?? config.Output));
        var index = Path.Combine(folder, SearchIndexFiles.Database);
        if (File.Exists(index) && File.GetLastWriteTimeUtc(index) >= NewestSource(request.SiteRoot, config))
        {
            return (folder, null);
        }

        var build = new SiteBuilder().Build(request);
        return (build.Succeeded ? build.OutputFolder : null, build);
    }

    private static DateTime NewestSource(string root, SiteConfig config)
    {
        var sources = new[] { Path.Combine(root, config.Content), Path.Combine(root, "themes") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Append(Path.Combine(root, SiteConfig.FileName))
            .Where(File.Exists);
        return sources.Select(File.GetLastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
    }
}
