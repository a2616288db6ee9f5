using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Engine;

public sealed class CoverageTests
{
    [Theory]
    [InlineData("prevention", "enforcement")]
    [InlineData("intelligence", "enforcement")]
    [InlineData("intelligence", "prevention")]
    public void TwoNeeds_TopThree_RepresentBothNeeds(string first, string second)
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = [first, second], CrimeTypes = ["knives"] }, 6);

        var top = answer.Options.Take(3).ToList();
        Assert.Contains(top, o => o.Needs.Contains(first));
        Assert.Contains(top, o => o.Needs.Contains(second));
    }

    [Fact]
    public void TwoNeeds_OneGroupPerNeed_EachHoldingOnlyOptionsServingIt()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["enforcement", "intelligence"], CrimeTypes = ["guns"] }, 5);

        Assert.Equal(["intelligence", "enforcement"], answer.Groups.Select(g => g.Need));
        Assert.All(answer.Groups, g => Assert.All(g.Options, o => Assert.Contains(g.Need, o.Needs)));
        // Only options answering gun crime are offered: enforcement has one, intelligence several.
        Assert.All(answer.Groups, g => Assert.InRange(g.Options.Length, 1, 5));
        Assert.All(answer.Groups.SelectMany(g => g.Options), o => Assert.Contains(o.Reasons, r => r == "answers gun-enabled crime"));
    }

    [Fact]
    public void OneStrongNeed_DoesNotCrowdOutTheOther_EvenWhenItsOptionsAllScoreHigher()
    {
        // Knife crime in Lambeth has many strong prevention options; enforcement must still appear at the top.
        var profile = new MenuProfile { Needs = ["prevention", "enforcement"], CrimeTypes = ["knives"], Audiences = ["schools", "young-people"], Boroughs = ["lambeth"] };
        var answer = Engines.Bm25.Recommend(profile, 4);

        Assert.Equal(2, answer.Options.Take(2).Select(o => o.Group).Distinct().Count());
    }

    [Fact]
    public void OptionsNotServingTheNeed_RankBelowThoseThatDo_ButMayStillAppear()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention"], CrimeTypes = ["knives"] }, 33);

        var serving = answer.Options.Select((o, i) => (o, i)).Where(p => p.o.Needs.Contains("prevention")).ToList();
        var missing = answer.Options.Select((o, i) => (o, i)).Where(p => !p.o.Needs.Contains("prevention")).ToList();
        Assert.NotEmpty(missing);
        Assert.True(serving.Take(3).All(s => missing.All(m => m.i > s.i)));
        Assert.All(missing, m => Assert.Contains(m.o.Reasons, r => r.StartsWith("does not serve prevention", StringComparison.Ordinal)));
    }
}
