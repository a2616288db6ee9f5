namespace KnowledgeBase.Output;

/// <summary>
/// Writes a site so readers never see half of it: everything goes into a fresh sibling staging folder, which
/// replaces the previous site only when all files are written. On Linux and macOS the output path is a symbolic
/// link to a complete build folder (<c>_site</c> → <c>_site.build-…</c>), replaced by one rename(2) of a new link over
/// it, so at every instant the path names either the old or the new complete site. On any failure the previous site
/// stays exactly as it was; what a killed build left behind is removed by the next one.
/// </summary>
public static class AtomicSiteWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        OutputLeftovers.RemoveStaging(target);
        var staging = OutputLeftovers.StagingName(target);
        string? replaced;
        try
        {
            WriteAll(staging, files);
            replaced = SiteFolderSwap.Publish(staging, target);
        }
        catch
        {
            OutputLeftovers.TryDelete(staging);
            throw;
        }

        OutputLeftovers.RemoveOldBuilds(target, replaced);
    }

    /// <summary>
    /// The complete build folder the output path names right now (the link's target, or the folder itself), so a
    /// reader that resolves it once reads every file of one request from one site, whatever a rebuild swaps meanwhile.
    /// </summary>
    public static string CurrentSite(string outputFolder)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var link = new DirectoryInfo(target).LinkTarget;
        return link is null ? target : Path.GetFullPath(link, Path.GetDirectoryName(target)!);
    }

    private static void WriteAll(string root, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(root);
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(root, f.Path))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(root, file.Path), file.Bytes));
    }
}
