using System.Diagnostics;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>
/// A real <c>kb build</c> process SIGKILLed at many points of its run: the output path always names the old or the
/// new complete site (never nothing, never a mixture), and the next build removes what the killed ones left.
/// </summary>
public sealed class KilledBuildTests
{
    private const int Kills = 8;

    [Fact]
    public async Task Build_KilledAtAnyPoint_LeavesTheOldOrTheNewCompleteSite()
    {
        using var site = SiteFixture.Create();
        var output = Path.Combine(site.Root, "_site");
        var versions = new[] { SiteFixture.Programme, SiteFixture.Programme.Replace("Blunt works", "Blunt now works", StringComparison.Ordinal) };
        var snapshots = new List<SortedDictionary<string, string>>();
        var buildTime = TimeSpan.Zero;
        foreach (var version in versions)
        {
            site.Write("content/programmes/operation-blunt.md", version);
            var clock = Stopwatch.StartNew();
            Assert.Equal(0, await Kb(site, TimeSpan.MaxValue));
            buildTime = clock.Elapsed; // the second, warm, run counts
            snapshots.Add(OutputSnapshot.Take(output));
        }

        Assert.NotNull(OutputSnapshot.Difference(snapshots[0], snapshots[1]));

        var random = new Random(12);
        var current = 1;
        for (var i = 0; i < Kills; i++)
        {
            // Half the kills at a time from the pipeline's middle to past the end of a warm run; half a few
            // milliseconds after the staging folder appears, which lands them in writing the files and in the swap.
            var delay = buildTime * (0.5 + (random.NextDouble() * 0.6));
            var afterStaging = i % 2 == 1 ? TimeSpan.FromMilliseconds(random.Next(0, 60)) : (TimeSpan?)null;
            site.Write("content/programmes/operation-blunt.md", versions[1 - current]);
            await Kb(site, delay, afterStaging);
            var now = OutputSnapshot.Take(output);
            var which = snapshots.FindIndex(s => OutputSnapshot.Difference(s, now) is null);
            Assert.True(which >= 0, $"kill {i} left neither site: {OutputSnapshot.Difference(snapshots[current], now)}");
            current = which;
        }

        Assert.Equal(0, await Kb(site, TimeSpan.MaxValue));
        var left = Directory.EnumerateFileSystemEntries(site.Root, "_site.*").Select(Path.GetFileName).Where(n => n != "_site").ToList();
        Assert.DoesNotContain(left, name => name!.StartsWith("_site.new-", StringComparison.Ordinal) || name.StartsWith("_site.link-", StringComparison.Ordinal));
        Assert.True(left.Count <= 2, "the current build and the one before it: " + string.Join(", ", left));
    }

    /// <summary>
    /// Runs kb build as its own process and SIGKILLs it after the delay, or, given <paramref name="afterStaging"/>, that
    /// long after its staging folder appears; its exit code, or -1 when killed.
    /// </summary>
    private static async Task<int> Kb(SiteFixture site, TimeSpan killAfter, TimeSpan? afterStaging = null)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "kb.exe" : "kb"),
            ["build", "--quiet", "--config", Path.Combine(site.Root, "site.config.yml")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var leftovers = Staging(site).ToHashSet(StringComparer.Ordinal);
        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        var exited = process.WaitForExitAsync();
        var kill = afterStaging is { } wait ? KillWhenStaging(site, leftovers, process, wait)
            : killAfter == TimeSpan.MaxValue ? Task.Delay(Timeout.Infinite) : Task.Delay(killAfter);
        if (await Task.WhenAny(exited, kill, Task.Delay(TimeSpan.FromMinutes(2))) == exited)
        {
            await drain;
            return process.ExitCode;
        }

        process.Kill(); // SIGKILL on Linux and macOS
        await process.WaitForExitAsync();
        return -1;
    }

    /// <summary>Waits for this build's staging folder (not one a killed build left), then the given time.</summary>
    private static async Task KillWhenStaging(SiteFixture site, HashSet<string> leftovers, Process process, TimeSpan wait)
    {
        while (!process.HasExited && !Staging(site).Any(s => !leftovers.Contains(s)))
        {
            await Task.Delay(1);
        }

        await Task.Delay(wait);
    }

    private static IEnumerable<string> Staging(SiteFixture site) => Directory.EnumerateDirectories(site.Root, "_site.new-*");
}
