using System.Text.Json;
using KnowledgeBase.Cli;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Cli;

/// <summary>The kb command line's contracts: exit codes 0/1/2, the summary, and check's JSON.</summary>
[Collection("Console")]
public sealed class CliTests
{
    [Fact]
    public async Task Build_OnAValidSite_ExitsZeroAndPrintsTheSummary()
    {
        using var site = SiteFixture.Create();
        var (code, stdout, _) = await Run("build", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(0, code);
        Assert.Contains("pages written", stdout, StringComparison.Ordinal);
        Assert.Contains("Site written to", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithContentErrors_ExitsOneAndPrintsDiagnostics()
    {
        using var site = SiteFixture.Create("-- content/options/x.md --\nno front matter\n");
        var (code, stdout, stderr) = await Run("build", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(1, code);
        Assert.Contains("content/options/x.md(1,1): error KB0101", stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was published", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--max-classification", "PUBLIC")]
    [InlineData("check", "--format", "xml")]
    public async Task BadUsage_ExitsTwo(params string[] args)
    {
        using var site = SiteFixture.Create();
        var (code, _, stderr) = await Run([.. args, "--config", Path.Combine(site.Root, "site.config.yml")]);
        Assert.Equal(2, code);
        Assert.NotEmpty(stderr);
    }

    [Fact]
    public async Task Build_WithoutASite_ExitsTwoAndSaysWhatIsMissing()
    {
        var (code, _, stderr) = await Run("build", "--config", "/nonexistent/site.config.yml");
        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_Json_FollowsTheContract()
    {
        using var site = SiteFixture.Create("-- content/options/x.md --\n---\ntitle: X\nsummary: S.\nneeds: [prevnetion]\nsources: [\"MPS response ¶1\"]\nclassification: OFFICIAL\nreviewed: 2026-01-01\n---\n");
        var (code, stdout, _) = await Run("check", "--format", "json", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("content/options/x.md", first.GetProperty("file").GetString());
        Assert.Equal(4, first.GetProperty("line").GetInt32());
        Assert.Equal(9, first.GetProperty("column").GetInt32());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("KB0104", first.GetProperty("code").GetString());
        Assert.Contains("did you mean 'prevention'?", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_External_ListsEachLinkWithItsFileAndLine()
    {
        using var site = SiteFixture.Create(KnowledgeBase.Tests.Validation.LinkValidationTests.Option("The [Home Office](https://www.gov.uk/) and <team@example.org>."));
        var config = Path.Combine(site.Root, "site.config.yml");

        var (code, stdout, _) = await Run("check", "--external", "--config", config);
        Assert.Equal(0, code);
        Assert.Contains("content/options/x.md(12,5): https://www.gov.uk/\ncontent/options/x.md(12,44): mailto:team@example.org\n2 external link(s), not fetched.\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var (_, json, _) = await Run("check", "--external", "--format", "json", "--config", config);
        using var document = JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("external")[0];
        Assert.Equal(("https://www.gov.uk/", "content/options/x.md", 12, 5),
            (first.GetProperty("url").GetString(), first.GetProperty("file").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));

        var (_, plain, _) = await Run("check", "--config", config);
        Assert.DoesNotContain("gov.uk", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_Quiet_PrintsNothingOnSuccess()
    {
        using var site = SiteFixture.Create();
        var (code, stdout, stderr) = await Run("build", "--quiet", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(0, code);
        Assert.Equal("", stdout + stderr);
    }

    [Fact]
    public async Task Build_Verbose_WhenRedirected_PrintsPlainStageLines()
    {
        using var site = SiteFixture.Create();
        var (_, stdout, _) = await Run("build", "--verbose", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Contains("Loading content...", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await KbApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Search_Json_FollowsTheContract()
    {
        using var site = SiteFixture.Create();
        var (code, stdout, _) = await Run("search", "knife", "--json", "--limit", "1", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("knife", json.RootElement.GetProperty("query").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task Search_WhenTheBuiltIndexLacksItsVocabulary_RebuildsAndAnswers()
    {
        using var site = SiteFixture.Create();
        string config = Path.Combine(site.Root, "site.config.yml");
        Assert.Equal(0, (await Run("build", "--config", config)).Code);
        File.Delete(Path.Combine(site.Root, "_site", "lucene", "kb-vocabulary.tsv"));
        var (code, stdout, stderr) = await Run("search", "knife", "--json", "--config", config);
        Assert.True(code == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 1);
        Assert.True(File.Exists(Path.Combine(site.Root, "_site", "lucene", "kb-vocabulary.tsv")));
    }

    [Fact]
    public async Task Search_InATerminal_PrintsATable()
    {
        using var site = SiteFixture.Create();
        var (code, stdout, _) = await Run("search", "Blunt", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(0, code);
        Assert.Contains("Operation Blunt", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_Json_FollowsTheContract()
    {
        using var site = SiteFixture.Create();
        var (code, stdout, _) = await Run("menu", "--need", "prevention", "--crime-type", "knives", "--json", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var option = json.RootElement.GetProperty("options")[0];
        Assert.Equal("anti-knife-education", option.GetProperty("slug").GetString());
        Assert.NotEqual(0, option.GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task Menu_WithAnUnknownNeed_ExitsTwoAndListsTheNeeds()
    {
        using var site = SiteFixture.Create();
        var (code, _, stderr) = await Run("menu", "--need", "policing", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(2, code);
        Assert.Contains("prevention", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_WithANearSpelling_ReadsIt_AndSaysHowInTheJson()
    {
        using var site = SiteFixture.Create();
        var (code, stdout, _) = await Run("menu", "--need", "prevnetion", "--json", "--config", Path.Combine(site.Root, "site.config.yml"));
        Assert.Equal(0, code);
        Assert.Contains("'prevnetion' read as Prevention", stdout, StringComparison.Ordinal);
    }
}
