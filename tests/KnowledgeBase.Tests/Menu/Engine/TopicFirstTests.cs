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
    public void LocalOptionOffTopic_IsLeftOut_ForAnOnTopicOptionRunningElsewhere()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("local", "Local", ["enforcement"], crimeTypes: ["robbery"], boroughs: ["croydon"], status: MenuStatus.Active),
            TinyCatalog.Option("elsewhere", "Elsewhere", ["enforcement"], crimeTypes: ["knives"], boroughs: ["lambeth"], status: MenuStatus.Planned));

        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["enforcement"], CrimeTypes = ["knives"], Boroughs = ["croydon"] }, 5);

        Assert.Equal(["elsewhere"], answer.Options.Select(o => o.Slug));
        Assert.Equal(["elsewhere"], answer.Groups.Single().Options.Select(o => o.Slug));
    }

    [Fact]
    public void NothingOnTopic_EveryOptionIsOffered_SayingItMatchesNothing_LocalOnesFirst()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("elsewhere", "Elsewhere", ["enforcement"], crimeTypes: ["knives"], boroughs: ["lambeth"], status: MenuStatus.Active),
            TinyCatalog.Option("local", "Local", ["enforcement"], crimeTypes: ["robbery"], boroughs: ["croydon"], status: MenuStatus.Active));

        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { CrimeTypes = ["guns"], Boroughs = ["croydon"] }, 5);

        Assert.Equal(["local", "elsewhere"], answer.Options.Select(o => o.Slug));
        Assert.All(answer.Options, o => Assert.Contains(o.Reasons, r => r.StartsWith("matches nothing in the problem", StringComparison.Ordinal)));
    }

    [Fact]
    public void TwoNeedsForKnifeCrimeInCroydon_OfferNoOptionThatMatchesNothingOfIt()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention", "enforcement"], CrimeTypes = ["knives"], Boroughs = ["croydon"] }, 5);

        var bySlug = ManualMenu.Catalog.Options.ToDictionary(o => o.Slug);
        Assert.All(answer.Groups.SelectMany(g => g.Options).Concat(answer.Options), o => Assert.Contains("knives", bySlug[o.Slug].CrimeTypes));
        Assert.DoesNotContain(answer.Options, o => o.Slug is "manage-dangerous-offenders" or "dismantle-criminal-networks");
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

    [Fact]
    public void GangTypeWithoutACrimeType_PutsOptionsAgainstTheOffendingItCommits_AboveWeaponOptionsFittingTheSameGroups()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("knife-talks", "Knife talks", ["prevention"], crimeTypes: ["knives"], status: MenuStatus.Active) with { GangTypes = ["peer-groups"] },
            TinyCatalog.Option("group-offending", "Group offending", ["prevention"], crimeTypes: ["gangs"], status: MenuStatus.Planned) with { GangTypes = ["peer-groups"] });
        var engine = new MenuEngine(catalog);

        var answer = engine.Recommend(new MenuProfile { Needs = ["prevention"], GangTypes = ["peer-groups"] }, 5);

        Assert.Equal(["group-offending", "knife-talks"], answer.Options.Select(o => o.Slug));
        Assert.Contains("answers gang and group offending, what peer groups commit", answer.Options[0].Reasons);

        // A crime type the commander names is the problem: the gang type then adds none of its own.
        var knives = engine.Recommend(new MenuProfile { Needs = ["prevention"], CrimeTypes = ["knives"], GangTypes = ["peer-groups"] }, 5);
        Assert.Equal("knife-talks", knives.Options[0].Slug);
        Assert.DoesNotContain(knives.Options.SelectMany(o => o.Reasons), r => r.Contains("commit", StringComparison.Ordinal));
    }
}
