using KnowledgeBase.Menu;
using System.Text.Json.Nodes;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Browser;

/// <summary>menu.js under Node must rank as the C# engine does; skipped quietly only if Node is missing.</summary>
public sealed class BrowserParityTests
{
    private static readonly IReadOnlyList<Scenario> Sample = ScenarioLoader.Load(Paths.SampleScenarios);

    [Fact]
    public void MenuJs_WithTheSameTextRelevance_AgreesExactly_OnEveryScenarioAndEdgeProfile()
    {
        Assert.True(NodeMenu.Available, "node must be installed to check menu.js");
        var requests = Sample.Concat(ScenarioLoader.Load(Paths.HeldOutScenarios)).Concat(ScenarioLoader.Load(Paths.CommanderScenarios))
            .Select(s => (s.Id, s.Profile, 8))
            .Concat(EdgeProfiles())
            .ToList();
        var js = NodeMenu.Recommend(ManualMenu.Catalog, requests);

        foreach (var (id, profile, limit) in requests)
        {
            var cs = Engines.Overlap.Recommend(profile, limit);
            var answer = js[id];
            Assert.Equal(cs.Message, (string?)answer["message"]);
            Assert.Equal($"{id} {string.Join("; ", cs.Readings)}", $"{id} {string.Join("; ", answer["readings"]!.AsArray().Select(r => (string)r!))}");
            Assert.Equal($"{id} {Describe(cs.Options)}", $"{id} {Describe(answer["options"]!.AsArray())}");
            var groups = answer["groups"]!.AsArray();
            Assert.Equal(cs.Groups.Length, groups.Count);
            for (var g = 0; g < groups.Count; g++)
            {
                Assert.Equal($"{id} {cs.Groups[g].Need}: {Describe(cs.Groups[g].Options)}", $"{id} {groups[g]!["need"]}: {Describe(groups[g]!["options"]!.AsArray())}");
            }
        }
    }

    [Fact]
    public void MenuJs_AgainstTheServerEngine_AgreesOnTop3OrIsNoMoreThan005Worse_OnTheSample()
    {
        Assert.True(NodeMenu.Available, "node must be installed to check menu.js");
        var js = NodeMenu.Recommend(ManualMenu.Catalog, Sample.Select(s => (s.Id, s.Profile, 5)));
        foreach (var scenario in Sample)
        {
            var cs = Engines.Bm25.Recommend(scenario.Profile, 5).Options.Select(o => o.Slug).ToList();
            var browser = js[scenario.Id]["options"]!.AsArray().Select(o => (string)o!["slug"]!).ToList();
            var sameTop3 = cs.Take(3).Order().SequenceEqual(browser.Take(3).Order());
            // The browser must not rank worse than the server by more than 0.05; ranking better misleads nobody.
            var gap = Ndcg.At(5, cs, scenario.Relevant) - Ndcg.At(5, browser, scenario.Relevant);
            Assert.True(sameTop3 || gap <= 0.05, $"{scenario.Id}: C# [{string.Join(", ", cs)}] vs JS [{string.Join(", ", browser)}]");
        }
    }

    private static IEnumerable<(string, MenuProfile, int)> EdgeProfiles()
    {
        yield return ("empty", MenuProfile.Empty, 6);
        yield return ("aliases", new MenuProfile { Needs = ["Enforcement"], CrimeTypes = ["knife crime"], Boroughs = ["Brixton"] }, 5);
        yield return ("text-borough", new MenuProfile { Text = "stabbings outside a school in Tottenham; we want arrests" }, 5);
        yield return ("bad", new MenuProfile { Needs = ["policing"], Boroughs = ["Lambeht"] }, 5);
        yield return ("communities", new MenuProfile { Needs = ["prevention", "intelligence"], Communities = ["turkish"], Focus = ["victims"] }, 7);
        yield return ("one", new MenuProfile { Needs = ["intelligence", "prevention", "enforcement"] }, 1);
        yield return ("ambiguous", new MenuProfile { CrimeTypes = ["crime"], Audiences = ["communities"] }, 5);
        yield return ("near", new MenuProfile { Needs = ["prevnetion"], Boroughs = ["Lmbeht", "Hackny"] }, 5);
        yield return ("whole", new MenuProfile { Needs = ["prevention and enforcement"], Boroughs = ["LB Southwark", "the City of Westminster", "Hammersmith & Fulham"] }, 5);
    }

    private static string Describe(IEnumerable<RecommendedOption> options) =>
        string.Join(" | ", options.Select(o => $"{o.Slug} {o.Score:R} {o.Group} [{string.Join("; ", o.Reasons)}]"));

    private static string Describe(JsonArray options) =>
        string.Join(" | ", options.Select(o =>
            $"{o!["slug"]} {((double)o["score"]!):R} {(string?)o["group"]} [{string.Join("; ", o["reasons"]!.AsArray().Select(r => (string)r!))}]"));
}
