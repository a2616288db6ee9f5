namespace KnowledgeBase.Output;

/// <summary>
/// Writes a site so readers never see half of it: everything goes into a fresh sibling folder, which is
/// swapped in only when all files are written. On any failure the previous site stays exactly as it was.
/// </summary>
public static class AtomicSiteWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = $"{target}.new-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            WriteAll(staging, files);
            Swap(staging, target);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
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

    // Two renames: the old site moves aside, the new one takes its name, then the old one is deleted.
    // Between the renames the folder is briefly absent, never partial.
    private static void Swap(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var old = $"{target}.old-{Environment.ProcessId}-{Guid.NewGuid():N}";
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

        TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless; the next build uses a new name.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
