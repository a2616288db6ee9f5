using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Engine;

public sealed class LocalityTests
{
    [Fact]
    public void Borough_WhereAProgrammeRunsTheOption_RaisesIt_AndNamesTheProgramme()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("here", "Here", ["prevention"], programmes: [new MenuProgramme("blunt", "Operation Blunt", "/programmes/blunt/", ["lambeth"], MenuStatus.Active)]),
            TinyCatalog.Option("elsewhere", "Elsewhere", ["prevention"], boroughs: ["hackney"]));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], Boroughs = ["lambeth"] }, 5);

        Assert.Equal("here", answer.Options[0].Slug);
        Assert.Contains("Operation Blunt runs it in Lambeth", answer.Options[0].Reasons);
    }

    [Fact]
    public void LondonWideOption_RanksBetweenLocalAndElsewhere()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("elsewhere", "A elsewhere", ["prevention"], boroughs: ["hackney"]),
            TinyCatalog.Option("anywhere", "B anywhere", ["prevention"]),
            TinyCatalog.Option("local", "C local", ["prevention"], boroughs: ["lambeth"]));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], Boroughs = ["Brixton"] }, 5);

        Assert.Equal(["local", "anywhere", "elsewhere"], answer.Options.Select(o => o.Slug));
        Assert.Contains("not tied to particular boroughs, so open to Lambeth", answer.Options[1].Reasons);
    }

    [Fact]
    public void RealManual_OperationBlunt_RunsAntiKnifeEducationInLambeth()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention"], CrimeTypes = ["knife crime"], Boroughs = ["lambeth"] }, 5);

        var option = Assert.Single(answer.Options, o => o.Slug == "anti-knife-education");
        Assert.Contains(option.Reasons, r => r.StartsWith("runs in Lambeth", StringComparison.Ordinal));
        Assert.Equal("/programmes/operation-blunt/", option.Lead!.Url);
    }

    [Fact]
    public void BoroughNamedOnlyInTheText_CountsAsLocality_FromTheDescription()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention"], Text = "gun crime among teenagers in Tottenham" }, 5);

        Assert.Contains(answer.Options.SelectMany(o => o.Reasons), r => r.Contains("Haringey", StringComparison.Ordinal) && r.EndsWith("(from your description)", StringComparison.Ordinal));
    }
}
