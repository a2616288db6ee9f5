using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>The output link and its build folders: the first build over a plain folder, and what killed builds left.</summary>
public sealed class OutputSwapTests
{
    [Fact]
    public void Build_OverAPlainOutputFolder_ReplacesItByALinkToTheNewSite()
    {
        using var site = SiteFixture.Create();
        Assert.True(site.Build().Succeeded);
        var output = Path.Combine(site.Root, "_site");
        var plain = Path.Combine(site.Root, "plain");
        CopyFolder(AtomicSiteWriter.CurrentSite(output), plain);
        File.Delete(output);
        Directory.Move(plain, output);
        File.WriteAllText(Path.Combine(output, "from-the-old-site.txt"), "old");

        site.Write("content/programmes/operation-blunt.md", SiteFixture.Programme.Replace("Blunt works", "Blunt now works", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        Assert.NotNull(new DirectoryInfo(output).LinkTarget);
        Assert.Contains("Blunt now works", site.Output("programmes/operation-blunt/index.html"), StringComparison.Ordinal);
        Assert.False(site.OutputExists("from-the-old-site.txt"));
    }

    [Fact]
    public void Build_RemovesWhatKilledBuildsLeft_ButNotAStagingFolderOfARunningBuild()
    {
        using var site = SiteFixture.Create();
        Assert.True(site.Build().Succeeded);
        var dead = Path.Combine(site.Root, "_site.new-999999999-0123456789abcdef");
        // Process 1 (init) is always running: it stands for a kb serve building beside this build.
        var running = Path.Combine(site.Root, "_site.new-1-fedcba9876543210");
        var stale = Path.Combine(site.Root, "_site.build-00000000000000000000000000000000");
        Directory.CreateDirectory(Path.Combine(dead, "lucene"));
        Directory.CreateDirectory(running);
        Directory.CreateDirectory(stale);
        File.CreateSymbolicLink(Path.Combine(site.Root, "_site.link-999999999-0123456789abcdef"), "_site.build-gone");

        Assert.True(site.Build().Succeeded);
        Assert.True(site.Build().Succeeded);

        var left = Directory.EnumerateFileSystemEntries(site.Root, "_site.*").Select(Path.GetFileName).Where(n => n != "_site").Order(StringComparer.Ordinal).ToList();
        Assert.DoesNotContain(Path.GetFileName(dead), left);
        Assert.DoesNotContain(Path.GetFileName(stale), left);
        Assert.DoesNotContain(left, n => n!.StartsWith("_site.link-", StringComparison.Ordinal));
        Assert.Contains(Path.GetFileName(running), left);
        Assert.Equal(2, left.Count(n => n!.StartsWith("_site.build-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_WhoseOutputPathIsAFile_LeavesTheFileAlone()
    {
        using var site = SiteFixture.Create();
        var file = Path.Combine(site.Root, "notes.txt");
        File.WriteAllText(file, "an editor's notes");

        var result = site.Build(r => r with { Output = "notes.txt" });

        Assert.Contains(result.Diagnostics, d => d.Code == "KB0401" && d.Message.Contains("is a file", StringComparison.Ordinal));
        Assert.Equal("an editor's notes", File.ReadAllText(file));
        Assert.Null(new FileInfo(file).LinkTarget);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
