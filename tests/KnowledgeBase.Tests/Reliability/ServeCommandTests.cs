using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Cli;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>kb serve from the command line, when its first build fails over a site built at another classification.</summary>
[Collection("Console")]
public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServeCommand_WithoutLiveReload_RefusesASiteBuiltAboveItsLevel_AndExitsOne()
    {
        using var site = SiteFixture.Create(ServeFailedBuildTests.Secret);
        Assert.True(site.Build(r => r with { MaxClassification = Classification.Secret }).Succeeded);
        site.Write("content/options/broken.md", "no front matter\n");

        var (code, _, stderr) = await CliTests.Run("serve", "--port", "0", "--no-live-reload", "--config", Path.Combine(site.Root, "site.config.yml"));

        Assert.Equal(1, code);
        Assert.Contains("content/options/broken.md(1,1): error KB0101", stderr, StringComparison.Ordinal);
        Assert.Contains("was built at SECRET, not at OFFICIAL", stderr, StringComparison.Ordinal);
    }
}
