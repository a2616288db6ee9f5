using KnowledgeBase.Building;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Building;

/// <summary>Pins the rendered pages: a fixture's entry and option pages, and the real manual's key entry pages.</summary>
public sealed class GoldenPageTests : IClassFixture<RealManual>
{
    private readonly RealManual _manual;

    public GoldenPageTests(RealManual manual) => _manual = manual;

    [Theory]
    [InlineData("programmes/operation-blunt/index.html", "fixture-programme.html")]
    [InlineData("options/anti-knife-education/index.html", "fixture-option.html")]
    public void FixtureEntryPage_MatchesGolden(string page, string golden)
    {
        using var site = SiteFixture.Create();
        site.Build();
        Golden.AssertMatches(golden, site.Output(page));
    }

    [Theory]
    [InlineData("programmes/operation-blunt/index.html", "manual-operation-blunt.html")]
    [InlineData("boards/ggw-reduction-board/index.html", "manual-ggw-reduction-board.html")]
    public void ManualEntryPage_MatchesGolden(string page, string golden) =>
        Golden.AssertMatches(golden, File.ReadAllText(Path.Combine(_manual.Output, page)));
}

/// <summary>The real manual from content/, built once for the tests that need it.</summary>
public sealed class RealManual : IDisposable
{
    public RealManual()
    {
        // The output is a link to a build folder beside it: both sit in a folder of their own, removed whole.
        _folder = Directory.CreateTempSubdirectory("kb-manual-").FullName;
        Output = Path.Combine(_folder, "site");
        Result = new SiteBuilder().Build(new BuildRequest(Repository.Root, SiteFixture.BuildDate) { Output = Output });
    }

    private readonly string _folder;

    public string Output { get; }

    public BuildResult Result { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
