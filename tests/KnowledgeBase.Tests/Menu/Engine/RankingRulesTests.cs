using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Engine;

public sealed class RankingRulesTests
{
    [Fact]
    public void RareCrimeType_Matching_SaysMoreThanACommonOne()
    {
        // Four options answer robbery, one answers extortion: asked for both, the extortion option leads.
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("r1", "R1", ["prevention"], crimeTypes: ["robbery"]),
            TinyCatalog.Option("r2", "R2", ["prevention"], crimeTypes: ["robbery"]),
            TinyCatalog.Option("r3", "R3", ["prevention"], crimeTypes: ["robbery"]),
            TinyCatalog.Option("r4", "R4", ["prevention"], crimeTypes: ["robbery"]),
            TinyCatalog.Option("x", "X", ["prevention"], crimeTypes: ["extortion"]));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { CrimeTypes = ["robbery", "extortion"] }, 5);

        Assert.Equal("x", answer.Options[0].Slug);
        Assert.True(answer.Options[0].Score > answer.Options[1].Score);
    }

    [Fact]
    public void ActiveOption_RanksAboveEndedAndPlanned_WhenAllElseIsEqual()
    {
        var catalog = TinyCatalog.Create(
            TinyCatalog.Option("a-ended", "A", ["enforcement"], status: MenuStatus.Ended),
            TinyCatalog.Option("b-planned", "B", ["enforcement"], status: MenuStatus.Planned),
            TinyCatalog.Option("c-active", "C", ["enforcement"], status: MenuStatus.Active));
        var answer = new MenuEngine(catalog).Recommend(new MenuProfile { Needs = ["enforcement"] }, 5);

        Assert.Equal(["c-active", "b-planned", "a-ended"], answer.Options.Select(o => o.Slug));
        Assert.Contains("ended: learn from it rather than join it", answer.Options[2].Reasons);
    }

    [Fact]
    public void Reasons_SpeakPlainEnglish_NamingNeedCrimeTypeProgrammeAndText()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention"], CrimeTypes = ["knives"], Boroughs = ["lambeth"], Text = "school" }, 10);

        var reasons = answer.Options.SelectMany(o => o.Reasons).ToList();
        Assert.Contains("serves prevention", reasons);
        Assert.Contains("answers knife-enabled crime", reasons);
        Assert.Contains(reasons, r => r.StartsWith("matches 'school'", StringComparison.Ordinal));
    }

    [Fact]
    public void TextNamingATerm_CountsAsAWeakerFacetMatch()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["prevention"], Text = "pupils bringing knives to school" }, 5);

        Assert.Contains(answer.Options.SelectMany(o => o.Reasons), r => r == "answers knife-enabled crime (from 'knives' in your description)");
    }

    [Fact]
    public void PostingsAnswer_EqualsRankingEveryOptionByBruteForce()
    {
        var catalog = ManualMenu.Catalog;
        var index = new MenuIndex(catalog, MenuWeights.Default);
        var scorer = new OptionScorer(index);
        var parser = new MenuProfileParser(catalog);
        foreach (var scenario in ScenarioLoader.Load(Paths.SampleScenarios).Concat(ScenarioLoader.Load(Paths.HeldOutScenarios)))
        {
            var query = Engines.Overlap.BuildQuery(parser.Parse(scenario.Profile).Profile);
            // As the engine: off-topic options are left out when the profile is topical and anything is on topic.
            var onTopicOnly = query.Topical && Enumerable.Range(0, index.Count).Any(i => scorer.Topic(i, query) > 0);
            var all = Enumerable.Range(0, index.Count)
                .Where(i => !onTopicOnly || scorer.Topic(i, query) > 0)
                .Select(i => new Ranked(i, scorer.Score(i, query, null))).ToList();
            all.Sort((a, b) => index.Compare(a.Index, a.Score, b.Index, b.Score));

            // An option serving several needs is shown in the first of its groups only.
            var shown = new HashSet<int>();
            foreach (var group in Engines.Overlap.Recommend(scenario.Profile, 5).Groups)
            {
                var expected = all.Where(r => index.Options[r.Index].Needs.Contains(group.Need) && !shown.Contains(r.Index)).Take(5).ToList();
                shown.UnionWith(expected.Select(r => r.Index));
                Assert.Equal(expected.Select(r => index.Options[r.Index].Slug), group.Options.Select(o => o.Slug));
            }
        }
    }
}
