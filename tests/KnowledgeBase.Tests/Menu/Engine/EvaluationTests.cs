using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Menu.Engine;

public sealed class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void SampleScenarios_MeanNdcgAt5_IsAtLeast085() =>
        Assert.True(Evaluate(Paths.SampleScenarios) >= 0.85, "see the test output for each scenario");

    [Fact]
    public void HeldOutScenarios_MeanNdcgAt5_IsAtLeast080() =>
        Assert.True(Evaluate(Paths.HeldOutScenarios) >= 0.80);

    [Fact]
    public void EveryScenario_EveryReturnedOption_CarriesAReason()
    {
        foreach (var scenario in ScenarioLoader.Load(Paths.SampleScenarios).Concat(ScenarioLoader.Load(Paths.HeldOutScenarios)))
        {
            var answer = Engines.Bm25.Recommend(scenario.Profile, 10);
            Assert.Null(answer.Message);
            Assert.All(answer.Options.Concat(answer.Groups.SelectMany(g => g.Options)), o => Assert.NotEmpty(o.Reasons));
        }
    }

    private double Evaluate(string path)
    {
        var scenarios = ScenarioLoader.Load(path);
        var total = 0.0;
        foreach (var scenario in scenarios)
        {
            var ranked = Engines.Bm25.Recommend(scenario.Profile, 5).Options.Select(o => o.Slug).ToList();
            var ndcg = Ndcg.At(5, ranked, scenario.Relevant);
            total += ndcg;
            output.WriteLine($"{scenario.Id} nDCG@5={ndcg:F3} [{string.Join(", ", ranked.Select(s => $"{s}({scenario.Relevant.GetValueOrDefault(s)})"))}]");
        }

        var mean = total / scenarios.Count;
        output.WriteLine($"mean nDCG@5 over {scenarios.Count} scenarios: {mean:F3}");
        return mean;
    }
}
