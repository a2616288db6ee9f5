namespace KnowledgeBase.Output;

/// <summary>
/// Puts a complete staged site in place of the output path. On Linux and macOS the staged folder becomes a build
/// folder and the output path a symbolic link to it, replaced by a single rename(2) (atomic by POSIX); the build it
/// replaced is kept until the next build, so a request that resolved the old link a moment ago still finds its files.
/// Windows cannot rename a link over another, so there the folders are swapped by two renames as before.
/// </summary>
internal static class SiteFolderSwap
{
    /// <summary>Publishes the staged site; returns the folder of the site it replaced, if it is still there.</summary>
    public static string? Publish(string staging, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            SwapFolders(staging, target);
            return null;
        }

        var replaced = Directory.Exists(target) ? AtomicSiteWriter.CurrentSite(target) : null;

        var build = OutputLeftovers.BuildName(target);
        Directory.Move(staging, build);
        var link = OutputLeftovers.LinkName(target);
        try
        {
            // Relative, so the site root can be moved or mounted elsewhere with its output.
            File.CreateSymbolicLink(link, Path.GetFileName(build));
            if (Directory.Exists(target) && new DirectoryInfo(target).LinkTarget is null)
            {
                return ReplaceFolderByLink(link, target);
            }

            NativeRename.Rename(link, target);
            return replaced;
        }
        catch
        {
            OutputLeftovers.TryDeleteLink(link);
            OutputLeftovers.TryDelete(build);
            throw;
        }
    }

    /// <summary>
    /// The first build after the output was a plain folder: RENAME_EXCHANGE swaps the folder and the new link in one
    /// step where Linux has it; elsewhere the folder moves aside and the link takes its name (a moment with neither,
    /// once). Either way the old folder then becomes a build folder that the next build removes.
    /// </summary>
    private static string ReplaceFolderByLink(string link, string target)
    {
        var aside = OutputLeftovers.BuildName(target);
        if (NativeRename.TryExchange(link, target))
        {
            Directory.Move(link, aside);
            return aside;
        }

        Directory.Move(target, aside);
        NativeRename.Rename(link, target);
        return aside;
    }

    private static void SwapFolders(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = OutputLeftovers.BuildName(target);
        Directory.Move(target, old);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        OutputLeftovers.TryDelete(old);
    }
}
