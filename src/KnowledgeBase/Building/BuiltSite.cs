using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Building;

/// <summary>
/// Finds the built site that kb search and kb menu answer from, building it first when it is missing, older than
/// the content, or built for another classification ceiling than the one asked for (an index built with
/// SECRET entries never answers an OFFICIAL query).
/// </summary>
public static class BuiltSite
{
    /// <summary>The output folder holding a current build, and the build that made it when one had to run.</summary>
    public static (string? Folder, BuildResult? Build) Ensure(BuildRequest request)
    {
        var config = SiteConfigLoader.Load(request.SiteRoot, request.ConfigPath, new DiagnosticBag());
        var folder = Path.GetFullPath(Path.Combine(request.SiteRoot, request.Output ?? config.Output));
        var ceiling = ClassificationNames.Format(request.MaxClassification ?? config.MaxClassification);
        var index = Path.Combine(folder, SearchIndexFiles.Folder);
        if (SearchIndexBuilder.ReadManifest(index) is { } manifest && Opens(index, manifest) && manifest.Classification == ceiling
            && Directory.GetLastWriteTimeUtc(index) >= NewestSource(request.SiteRoot, config))
        {
            return (folder, null);
        }

        var build = new SiteBuilder().Build(request);
        return (build.Succeeded ? build.OutputFolder : null, build);
    }

    /// <summary>Whether this kb can open the index: its format, with its vocabulary beside it (an older or damaged one is rebuilt).</summary>
    private static bool Opens(string index, IndexManifest manifest) =>
        manifest.Format == IndexManifest.CurrentFormat && File.Exists(Path.Combine(index, Vocabulary.FileName));

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
