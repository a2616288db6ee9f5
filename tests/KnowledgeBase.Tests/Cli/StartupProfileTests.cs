using System.Diagnostics;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Cli;

/// <summary>kb records what it compiled at run time, per command, beside its assembly, for the next run to compile ahead of use.</summary>
public sealed class StartupProfileTests
{
    [Fact]
    public async Task ACommandsRun_LeavesItsProfileBesideKb_TheNextRunReadsIt_AndAnUnknownCommandLeavesNone()
    {
        using var site = SiteFixture.Create();
        var config = Path.Combine(site.Root, "site.config.yml");
        var profile = Path.Combine(AppContext.BaseDirectory, "kb-check.jitprofile");
        File.Delete(profile);

        Assert.Equal(0, await Kb("check", "--config", config));
        Assert.True(File.Exists(profile) && new FileInfo(profile).Length > 0, "kb check left no profile");
        Assert.Equal(0, await Kb("check", "--config", config));

        Assert.Equal(2, await Kb("nonsense"));
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "kb-nonsense.jitprofile")));
    }

    private static async Task<int> Kb(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "kb.exe" : "kb"), args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        await drain;
        return process.ExitCode;
    }
}
