using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Engine;

/// <summary>What the editors inferred counts for less than what a source states; London-wide work is open to every borough.</summary>
public sealed class InferenceTests
{
    [Fact]
    public void InferredCrimeType_RanksBelowAStatedOne_ButStillMatches()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("a-inferred", "A inferred", ["prevention"], crimeTypes: ["knives"]) with { Inferred = ["crime_types"] },
            TinyCatalog.Option("b-stated", "B stated", ["prevention"], crimeTypes: ["knives"]));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], CrimeTypes = ["knives"] }, 5);

        Assert.Equal(["b-stated", "a-inferred"], answer.Options.Select(o => o.Slug));
        Assert.Contains("answers knife-enabled crime (inferred by the editors)", answer.Options[1].Reasons);
        Assert.Contains("answers knife-enabled crime", answer.Options[0].Reasons);
        Assert.True(answer.Options[1].Score > new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"] }, 5).Options[1].Score);
    }

    [Fact]
    public void InferredBoroughs_CountLessThanStatedOnes()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("a-inferred", "A inferred", ["prevention"], boroughs: ["lambeth"]) with { Inferred = ["boroughs"] },
            TinyCatalog.Option("b-stated", "B stated", ["prevention"], boroughs: ["lambeth"]));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], Boroughs = ["lambeth"] }, 5);

        Assert.Equal(["b-stated", "a-inferred"], answer.Options.Select(o => o.Slug));
        Assert.Contains("runs in Lambeth (inferred by the editors)", answer.Options[1].Reasons);
    }

    [Fact]
    public void InferredProgramme_DoesNotWeakenBoroughsTheOptionStatesItself()
    {
        var blunt = new MenuProgramme("blunt", "Operation Blunt", "/programmes/blunt/", ["lambeth"], MenuStatus.Active);
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("a-own", "A own", ["prevention"], boroughs: ["lambeth"], programmes: [blunt]) with { Inferred = ["used_by"] },
            TinyCatalog.Option("b-through", "B through", ["prevention"], programmes: [blunt]) with { Inferred = ["used_by"] },
            TinyCatalog.Option("c-stated", "C stated", ["prevention"], boroughs: ["lambeth"]));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], Boroughs = ["lambeth"] }, 5);

        Assert.Equal(["a-own", "c-stated", "b-through"], answer.Options.Select(o => o.Slug));
        Assert.Equal(answer.Options[0].Score, answer.Options[1].Score);
        Assert.Contains("Operation Blunt runs it in Lambeth (inferred by the editors)", answer.Options[2].Reasons);
    }

    [Fact]
    public void LondonWideOption_UsedByALocalProgramme_IsStillOpenToOtherBoroughs()
    {
        var blunt = new MenuProgramme("blunt", "Operation Blunt", "/programmes/blunt/", ["lambeth"], MenuStatus.Active);
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("a-local", "A local", ["prevention"], programmes: [blunt]),
            TinyCatalog.Option("b-london", "B London-wide", ["prevention"], programmes: [blunt]) with { LondonWide = true });
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], Boroughs = ["hackney"] }, 5);

        Assert.Equal(["b-london", "a-local"], answer.Options.Select(o => o.Slug));
        Assert.Contains("not tied to particular boroughs, so open to Hackney", answer.Options[0].Reasons);
        var inLambeth = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["prevention"], Boroughs = ["lambeth"] }, 5);
        Assert.Equal(inLambeth.Options[0].Score, inLambeth.Options[1].Score);
    }
}
