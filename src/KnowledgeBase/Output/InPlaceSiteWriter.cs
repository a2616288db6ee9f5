namespace KnowledgeBase.Output;

/// <summary>
/// Writes an incremental rebuild's files into the site folder the output path names now: each file written beside
/// itself and renamed over the old one (rename(2) is atomic, so a reader sees the old bytes or the new, never half),
/// then the files the site no longer has removed. A full build still replaces the whole folder (<see cref="AtomicSiteWriter"/>).
/// </summary>
public static class InPlaceSiteWriter
{
    private const string Partial = ".kb-partial";

    public static void Write(string outputFolder, IReadOnlyCollection<OutputFile> changed, IReadOnlyCollection<string> removed)
    {
        var site = AtomicSiteWriter.CurrentSite(outputFolder);
        Parallel.ForEach(changed, file =>
        {
            var path = Path.Combine(site, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path + Partial, file.Bytes);
            File.Move(path + Partial, path, overwrite: true);
        });

        foreach (var path in removed.Select(r => Path.Combine(site, r)))
        {
            File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!, site);
        }
    }

    private static void RemoveEmptyFolders(string folder, string site)
    {
        while (folder.Length > site.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
