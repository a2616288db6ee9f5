using System.Diagnostics;
using System.Globalization;

namespace KnowledgeBase.Output;

/// <summary>
/// The names of the folders a build keeps beside its output, and the removal of what earlier builds left: staging
/// folders of killed builds (<c>_site.new-PID-…</c>), half-made links, and build folders other than the current site
/// and the one it just replaced (kept so a request that resolved the old link a moment ago still finds its files).
/// Every name carries the building process's id: what belongs to another kb process still running (a kb serve beside
/// a kb build) is left alone, since it may be about to become the site.
/// </summary>
internal static class OutputLeftovers
{
    private const string Staging = ".new-";
    private const string Build = ".build-";
    private const string Link = ".link-";

    public static string StagingName(string target) => Name(target, Staging);

    public static string BuildName(string target) => Name(target, Build);

    public static string LinkName(string target) => Name(target, Link);

    /// <summary>Staging folders and links of builds that are no longer running.</summary>
    public static void RemoveStaging(string target) => RemoveWhere(target, (kind, _) => kind is Staging or Link);

    /// <summary>Build folders other than the current site and the one it replaced.</summary>
    public static void RemoveOldBuilds(string target, string? replaced)
    {
        var current = AtomicSiteWriter.CurrentSite(target);
        RemoveWhere(target, (kind, path) => kind == Build && path != current && path != replaced);
    }

    private static string Name(string target, string kind) => $"{target}{kind}{Environment.ProcessId}-{Guid.NewGuid():N}";

    private static void RemoveWhere(string target, Func<string, string, bool> remove)
    {
        try
        {
            var name = Path.GetFileName(target);
            foreach (var path in Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!, name + ".*"))
            {
                var suffix = Path.GetFileName(path)[name.Length..];
                var kind = new[] { Staging, Build, Link }.FirstOrDefault(k => suffix.StartsWith(k, StringComparison.Ordinal));
                if (kind is not null && !OtherRunningBuild(suffix[kind.Length..]) && remove(kind, path))
                {
                    TryDelete(path);
                }
            }
        }
        catch (IOException)
        {
            // Cleaning is best effort: a folder that cannot be listed now is cleaned by a later build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Whether the name's "PID-guid" belongs to another process still running.</summary>
    private static bool OtherRunningBuild(string pidAndGuid)
    {
        var dash = pidAndGuid.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(pidAndGuid[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return false; // this process builds one site at a time: what it left is from a build that failed
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                TryDeleteLink(folder);
            }
            else if (Directory.Exists(folder))
            {
                DeleteTree(folder);
            }
        }
        catch (IOException)
        {
            // A leftover is harmless; the next build tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// A large site's old build is thousands of folders: each core removes its share, then the rest goes. Removing it
    /// on one thread took four fifths of a 10,000-entry build's write.
    /// </summary>
    private static void DeleteTree(string folder)
    {
        // Listed first, so a folder that cannot be read fails here as it did on one thread (the caller catches it),
        // not wrapped in the parallel loop's AggregateException.
        var subfolders = Directory.EnumerateDirectories(folder).SelectMany(Directory.EnumerateDirectories).ToList();
        Parallel.ForEach(subfolders, sub =>
        {
            try
            {
                Directory.Delete(sub, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for the recursive delete below, which reports it, or for the next build.
            }
        });
        Directory.Delete(folder, recursive: true);
    }

    public static void TryDeleteLink(string link)
    {
        try
        {
            File.Delete(link);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
