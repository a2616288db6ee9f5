using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Engine;

/// <summary>Topic decides relevance; locality and status only order options that are on topic.</summary>
public sealed class TopicFirstTests
{
    [Theory]
    [InlineData("knives", "croydon")]
    [InlineData("guns", "lambeth")]
    [InlineData("organised-crime", "ealing")]
    public void CrimeTypeInABorough_TopFive_AnswerTheCrimeType_WhenSuchOptionsRunThere(string crimeType, string borough)
    {
        var catalog = ManualMenu.Catalog;
        Assert.Contains(catalog.Options, o => o.CrimeTypes.Contains(crimeType) && o.Boroughs.Contains(borough));

        var answer = Engines.Bm25.Recommend(new MenuProfile { CrimeTypes = [crimeType], Boroughs = [borough] }, 5);

        var bySlug = catalog.Options.ToDictionary(o => o.Slug);
        Assert.Equal(5, answer.Options.Length);
        Assert.All(answer.Options, o => Assert.Contains(crimeType, bySlug[o.Slug].CrimeTypes));
    }

    [Fact]
    public void LocalOptionOffTopic_RanksBelow_AnOnTopicOptionRunningElsewhere()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("local", "Local", ["enforcement"], crimeTypes: ["robbery"], boroughs: ["croydon"], status: MenuStatus.Active),
            TinyCatalog.Option("elsewhere", "Elsewhere", ["enforcement"], crimeTypes: ["knives"], boroughs: ["lambeth"], status: MenuStatus.Planned));

        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { CrimeTypes = ["knives"], Boroughs = ["croydon"] }, 5);

        Assert.Equal(["elsewhere", "local"], answer.Options.Select(o => o.Slug));
        Assert.Contains(answer.Options[1].Reasons, r => r.StartsWith("matches nothing in the problem", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionServingTwoRequestedNeeds_IsShownOnce_WithBothNeedsInItsReason()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention", "enforcement"], CrimeTypes = ["knives"], Boroughs = ["croydon"] }, 5);

        var shown = answer.Groups.SelectMany(g => g.Options).Where(o => o.Slug == "high-visibility-reassurance").ToList();
        Assert.Single(shown);
        Assert.Contains("serves prevention and enforcement", shown[0].Reasons);
        Assert.Single(answer.Options, o => o.Slug == "high-visibility-reassurance");
    }
}
