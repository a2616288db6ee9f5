using System.Diagnostics;
using System.Globalization;

namespace KnowledgeBase.Output;

/// <summary>
/// The names of the folders a build keeps beside its output, and the removal of what earlier builds left: staging
/// folders of killed builds (<c>_site.new-PID-…</c>), half-made links, and build folders other than the current site
/// and the one before it (kept so a request that resolved the old link a moment ago still finds its files). A staging
/// folder whose build is still running (another kb process) is left alone.
/// </summary>
internal static class OutputLeftovers
{
    private const string Staging = ".new-";
    private const string Build = ".build-";
    private const string Link = ".link-";

    public static string StagingName(string target) => $"{target}{Staging}{Environment.ProcessId}-{Guid.NewGuid():N}";

    public static string BuildName(string target) => $"{target}{Build}{Guid.NewGuid():N}";

    public static string LinkName(string target) => $"{target}{Link}{Environment.ProcessId}-{Guid.NewGuid():N}";

    public static void Remove(string target)
    {
        try
        {
            RemoveAll(target);
        }
        catch (IOException)
        {
            // Cleaning is best effort: a folder that cannot be listed now is cleaned by a later build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void RemoveAll(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var current = AtomicSiteWriter.CurrentSite(target);
        var previous = PreviousBuild(parent, name, current);
        foreach (var path in Directory.EnumerateFileSystemEntries(parent, name + ".*"))
        {
            var suffix = Path.GetFileName(path)[name.Length..];
            if (suffix.StartsWith(Link, StringComparison.Ordinal) && !RunningBuild(suffix[Link.Length..]))
            {
                TryDeleteLink(path);
            }
            else if (suffix.StartsWith(Staging, StringComparison.Ordinal) && !RunningBuild(suffix[Staging.Length..]))
            {
                TryDelete(path);
            }
            else if (suffix.StartsWith(Build, StringComparison.Ordinal) && path != current && path != previous)
            {
                TryDelete(path);
            }
        }
    }

    /// <summary>The newest build folder other than the current site: the one a request may still be reading.</summary>
    private static string? PreviousBuild(string parent, string name, string current) =>
        Directory.EnumerateDirectories(parent, name + Build + "*")
            .Where(p => p != current)
            .OrderByDescending(Directory.GetCreationTimeUtc)
            .ThenBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>Whether the name's "PID-guid" belongs to a kb process still running (this one included).</summary>
    private static bool RunningBuild(string pidAndGuid)
    {
        var dash = pidAndGuid.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(pidAndGuid[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return true;
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
                Directory.Delete(folder, recursive: true);
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
