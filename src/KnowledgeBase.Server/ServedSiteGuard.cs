using System.Collections.Concurrent;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Server;

/// <summary>
/// kb serve serves a site only if it was built at the classification ceiling kb serve was asked for. The output
/// records its ceiling in the search index's commit data; a previous site built at another level (a SECRET build
/// under an OFFICIAL serve whose first build failed) is refused with a message, never served.
/// </summary>
public sealed class ServedSiteGuard(string outputFolder, string ceiling)
{
    private readonly ConcurrentDictionary<(string Root, DateTime Written), string?> _levels = new();

    public string Ceiling { get; } = ceiling;

    /// <summary>Why the site at this root must not be served, or null when it may be.</summary>
    public string? Refusal(string siteRoot)
    {
        var index = Path.Combine(siteRoot, SearchIndexFiles.Folder);
        if (!Directory.Exists(index))
        {
            return null; // nothing built yet: every page is a plain 404
        }

        var level = _levels.GetOrAdd((siteRoot, Directory.GetLastWriteTimeUtc(index)), key => SearchIndexBuilder.ReadManifest(Path.Combine(key.Root, SearchIndexFiles.Folder))?.Classification);
        return level == Ceiling
            ? null
            : $"the site in {Path.GetFileName(outputFolder)} was built at {level ?? "an unrecorded classification"}, not at {Ceiling} as kb serve was asked; it is not served. Fix the errors the build reported (or run kb build --max-classification {Ceiling}) and it will be.";
    }

    /// <summary>The refusal for what the output path names now.</summary>
    public string? Refusal() => Refusal(AtomicSiteWriter.CurrentSite(outputFolder));
}
