using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content.Files;

/// <summary>
/// Walks the content folder for Markdown files. Symbolic links to folders are followed, but a link back to a folder
/// already on the way down (a loop) is one diagnostic and is not entered: following it would list the same files
/// under ever longer paths until the system refuses, with a diagnostic for each.
/// </summary>
public static class ContentTree
{
    // Deeper than any real manual: a backstop for link chains the loop check cannot see through.
    private const int MaxDepth = 16;

    /// <summary>Every *.md file's full path (under the content folder as written, links not resolved), in ordinal order.</summary>
    public static List<string> FindMarkdown(string contentRoot, string display, DiagnosticBag diagnostics)
    {
        var found = new List<string>();
        var onTheWay = new List<string> { RealPath(contentRoot) ?? contentRoot };
        Walk(contentRoot, contentRoot, display, onTheWay, found, diagnostics);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(string root, string folder, string display, List<string> onTheWay, List<string> found, DiagnosticBag diagnostics)
    {
        IEnumerable<string> files, folders;
        try
        {
            files = Directory.GetFiles(folder, "*.md");
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeFile(Display(root, folder, display)), DiagnosticCodes.ContentUnreadable,
                $"the folder cannot be read: {ex.Message}; check its permissions");
            return;
        }

        found.AddRange(files);
        foreach (var sub in folders.Order(StringComparer.Ordinal))
        {
            var real = new DirectoryInfo(sub).LinkTarget is null ? Path.Combine(onTheWay[^1], Path.GetFileName(sub)) : RealPath(sub);
            if (real is null || onTheWay.Contains(real, StringComparer.Ordinal) || onTheWay.Count >= MaxDepth)
            {
                var link = new DirectoryInfo(sub).LinkTarget ?? "?";
                diagnostics.Error(SourceLocation.WholeFile(Display(root, sub, display)), DiagnosticCodes.SymlinkLoop,
                    $"this symbolic link ('{link}') leads back into a folder that contains it, so its files would be read again and again; remove the link or point it outside this folder");
                continue;
            }

            onTheWay.Add(real);
            Walk(root, sub, display, onTheWay, found, diagnostics);
            onTheWay.RemoveAt(onTheWay.Count - 1);
        }
    }

    /// <summary>
    /// The path with every link along it resolved, ancestors included (a site under a linked /tmp, a link whose target
    /// passes through another link), so two ways to one folder compare equal; null for a chain of links that never ends.
    /// </summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Queue<string>(Parts(full));
        for (var hops = 0; pending.Count > 0;)
        {
            var next = Path.Combine(current, pending.Dequeue());
            var link = new DirectoryInfo(next).LinkTarget;
            if (link is null)
            {
                current = next;
                continue;
            }

            if (++hops > 40)
            {
                return null;
            }

            var target = Path.GetFullPath(link, current);
            pending = new Queue<string>(Parts(target).Concat(pending));
            current = Path.GetPathRoot(target)!;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    private static string[] Parts(string fullPath) =>
        fullPath[Path.GetPathRoot(fullPath)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);

    private static string Display(string root, string path, string display) =>
        $"{display}/{Path.GetRelativePath(root, path).Replace('\\', '/')}";
}
