using KnowledgeBase.Building;
using KnowledgeBase.Building.Incremental;
using KnowledgeBase.Tests.Reliability;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Building;

/// <summary>
/// kb serve's incremental rebuilds on a copy of the real manual: after each edit of a sequence (a body, a link, a title,
/// a borough, a new entry, a broken entry and its repair, a deleted entry), updated and settled, every file of the site
/// is byte for byte what a clean full build of the same content writes.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("kb-incremental-").FullName;

    public IncrementalBuildTests()
    {
        foreach (var folder in new[] { "content", "sources", "themes" })
        {
            Copy(Path.Combine(Repository.Root, folder), Path.Combine(_site, folder));
        }

        File.Copy(Path.Combine(Repository.Root, "site.config.yml"), Path.Combine(_site, "site.config.yml"));
    }

    private BuildRequest Request => new(_site, SiteFixture.BuildDate) { Output = "_site" };

    [Fact]
    public void Update_AfterEachEditOfASequence_WritesWhatAFullBuildWrites()
    {
        var updater = new SiteUpdater();
        Assert.True(updater.Build(Request).Succeeded);

        Edit("options/anti-knife-education.md", text => text + "\nA sentence added to the body alone.\n");
        Edit("options/anti-gun-campaigns.md", text => text + "\nSee also [the Operations Board](../boards/vcd-operations-board.md).\n");
        Edit("boards/vcd-operations-board.md", text => text.Replace("title: Violent Crime Operations Board", "title: Violent Crime Operations Board (renamed)", StringComparison.Ordinal));
        Edit("options/anti-knife-education.md", text => text.Replace("boroughs: [", "boroughs: [croydon, ", StringComparison.Ordinal));
        File.WriteAllText(Entry("options/a-new-option.md"), """
            ---
            title: A new option
            summary: An option written during the test, to be listed with the others.
            needs: [prevention]
            crime_types: [knives]
            related: [anti-knife-education]
            sources: ["MPS response ¶6"]
            classification: OFFICIAL
            reviewed: 2026-11-22
            ---

            The body of [a new option](../options/anti-knife-education.md).
            """);
        AssertUpdated(updater, Entry("options/a-new-option.md"));

        foreach (var (path, edit) in Edits)
        {
            var file = Entry(path);
            File.WriteAllText(file, edit(File.ReadAllText(file)));
            AssertUpdated(updater, file);
        }
    }

    [Fact]
    public void Update_WithAnError_WritesNothing_AndTheRepairIsUpdatedLikeAFullBuild()
    {
        var updater = new SiteUpdater();
        var output = updater.Build(Request).OutputFolder!;
        var before = OutputSnapshot.Take(output);
        var file = Entry("options/anti-knife-education.md");
        var original = File.ReadAllText(file);

        File.WriteAllText(file, original.Replace("needs: [", "needs: [not-a-need, ", StringComparison.Ordinal));
        var failed = updater.Update(Request, [file]);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.File == "content/options/anti-knife-education.md" && d.IsError);
        Assert.Null(OutputSnapshot.Difference(before, OutputSnapshot.Take(output)));

        File.WriteAllText(file, original + "\nRepaired.\n");
        AssertUpdated(updater, file);

        File.Delete(Entry("options/a-new-option.md"));
        File.Delete(file);
        Assert.False(updater.Update(Request, [file]).Succeeded);
        File.WriteAllText(file, original);
        AssertUpdated(updater, file);
    }

    [Fact]
    public void Update_OfABodyAlone_LaysOutOnlyItsPage()
    {
        var updater = new SiteUpdater();
        var full = updater.Build(Request);
        var file = Entry("options/anti-knife-education.md");
        File.AppendAllText(file, "\nA sentence added to the body alone.\n");

        var updated = updater.Update(Request, [file]);

        Assert.True(updated.Succeeded);
        Assert.Equal(1, updated.PagesWritten);
        Assert.True(full.PagesWritten > 100);
    }

    [Fact]
    public void Settle_NeverRewritesTheServedSearchIndex_ItSwapsInANewBuildFolder()
    {
        var updater = new SiteUpdater();
        var output = updater.Build(Request).OutputFolder!;
        var file = Entry("options/anti-knife-education.md");
        File.AppendAllText(file, "\nA sentence added to the body alone.\n");
        Assert.True(updater.Update(Request, [file]).Succeeded);
        var served = KnowledgeBase.Output.AtomicSiteWriter.CurrentSite(output);
        var index = Path.Combine(served, KnowledgeBase.Output.SearchIndexFiles.Folder);
        var before = Directory.GetFiles(index).Order(StringComparer.Ordinal).Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();

        Assert.True(updater.Settle()!.Succeeded);

        // A reader that opened the served index before the swap (a search, the served-site guard) still finds it whole.
        Assert.NotEqual(served, KnowledgeBase.Output.AtomicSiteWriter.CurrentSite(output));
        Assert.All(before, file => Assert.Equal(file.Bytes, File.ReadAllBytes(file.Path)));
        Assert.Equal(before.Select(f => f.Path), Directory.GetFiles(index).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Update_AfterAnEditorsTemporaryFile_IsStillIncremental_ButADataFileIsNot()
    {
        var updater = new SiteUpdater();
        updater.Build(Request);
        var file = Entry("options/anti-knife-education.md");

        // sed -i and many editors write a temporary file beside the entry and rename it over the entry.
        File.AppendAllText(file, "\nA sentence saved through a temporary file.\n");
        var updated = updater.Update(Request, [Entry("options/sedK3x9Qa"), file]);
        var data = updater.Update(Request, [Entry("glossary.yml")]);

        Assert.True(updated.Succeeded);
        Assert.Equal(1, updated.PagesWritten);
        Assert.True(data.PagesWritten > 100);
    }

    private List<(string Path, Func<string, string> Edit)> Edits { get; } = [];

    private void Edit(string path, Func<string, string> edit) => Edits.Add((path, edit));

    private string Entry(string path) => Path.Combine(_site, "content", path);

    /// <summary>Updates and settles after the edit of one file, then proves the site is the full build's.</summary>
    private void AssertUpdated(SiteUpdater updater, string changed)
    {
        var updated = updater.Update(Request, [changed]);
        Assert.True(updated.Succeeded, string.Join("\n", updated.Diagnostics.Where(d => d.IsError)));
        var settled = updater.Settle();
        Assert.True(settled?.Succeeded ?? true, string.Join("\n", settled?.Diagnostics.Where(d => d.IsError) ?? []));

        var clean = new SiteBuilder().Build(Request with { Output = "_clean" });
        Assert.True(clean.Succeeded);
        Assert.Equal(clean.Diagnostics, updated.Diagnostics);
        Assert.Null(OutputSnapshot.Difference(OutputSnapshot.Take(clean.OutputFolder!), OutputSnapshot.Take(updated.OutputFolder!)));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);
}
