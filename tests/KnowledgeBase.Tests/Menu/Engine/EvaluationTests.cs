using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Menu.Engine;

public sealed class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void SampleScenarios_MeanNdcgAt5_IsAtLeast090() =>
        Assert.True(Evaluate(Paths.SampleScenarios) >= 0.90, "see the test output for each scenario");

    [Fact]
    public void CommanderScenarios_MeanNdcgAt5_IsAtLeast090() =>
        Assert.True(Evaluate(Paths.CommanderScenarios) >= 0.90, "see the test output for each scenario");

    [Fact]
    public void HeldOutScenarios_MeanNdcgAt5_IsAtLeast090() =>
        Assert.True(Evaluate(Paths.HeldOutScenarios) >= 0.90);

    [Fact]
    public void EveryScenario_EveryReturnedOption_CarriesAReason()
    {
        foreach (var scenario in AllScenarios())
        {
            var answer = Engines.Bm25.Recommend(scenario.Profile, 10);
            Assert.Null(answer.Message);
            Assert.All(answer.Options.Concat(answer.Groups.SelectMany(g => g.Options)), o => Assert.NotEmpty(o.Reasons));
        }
    }

    [Fact]
    public void EveryScenario_NoOptionAppearsTwiceInOneAnswer()
    {
        foreach (var scenario in AllScenarios())
        {
            var answer = Engines.Bm25.Recommend(scenario.Profile, 10);
            var slugs = answer.Options.Select(o => o.Slug).ToList();
            Assert.True(slugs.Count == slugs.Distinct(StringComparer.Ordinal).Count(), $"{scenario.Id}: {string.Join(", ", slugs)}");
        }
    }

    private static IEnumerable<Scenario> AllScenarios() =>
        ScenarioLoader.Load(Paths.SampleScenarios)
            .Concat(ScenarioLoader.Load(Paths.HeldOutScenarios))
            .Concat(ScenarioLoader.Load(Paths.CommanderScenarios));

    private double Evaluate(string path)
    {
        var scenarios = ScenarioLoader.Load(path);
        var total = 0.0;
        foreach (var scenario in scenarios)
        {
            var answer = Engines.Bm25.Recommend(scenario.Profile, 5);
            var ranked = answer.Options.Select(o => o.Slug).ToList();
            if (answer.Message is not null)
            {
                output.WriteLine($"{scenario.Id}: {answer.Message}");
            }

            var ndcg = Ndcg.At(5, ranked, scenario.Relevant);
            total += ndcg;
            output.WriteLine($"{scenario.Id} nDCG@5={ndcg:F3} [{string.Join(", ", ranked.Select(s => $"{s}({scenario.Relevant.GetValueOrDefault(s)})"))}]");
        }

        var mean = total / scenarios.Count;
        output.WriteLine($"mean nDCG@5 over {scenarios.Count} scenarios: {mean:F3}");
        return mean;
    }
}
