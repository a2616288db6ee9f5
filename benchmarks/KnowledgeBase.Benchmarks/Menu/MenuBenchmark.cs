using System.Diagnostics;
using KnowledgeBase.Menu;

namespace KnowledgeBase.Benchmarks.Menu;

/// <summary>Time to answer 1,000 mixed profiles over a generated 10,000-option catalog (target p99 &lt;= 5 ms).</summary>
public static class MenuBenchmark
{
    public static void Run(int optionCount = 10_000, int profileCount = 1_000)
    {
        Console.WriteLine($"Menu of options: {optionCount:N0} generated options, {profileCount:N0} mixed profiles");
        var build = Stopwatch.StartNew();
        var catalog = SyntheticCatalog.Create(optionCount, seed: 52);
        var text = new TermOverlapRelevance(catalog);
        var engine = new MenuEngine(catalog, text);
        Console.WriteLine($"  catalog and engine built in {build.Elapsed.TotalMilliseconds:F0} ms");

        var profiles = MixedProfiles.Create(catalog, profileCount, seed: 7);
        foreach (var profile in profiles)
        {
            engine.Recommend(profile, 10); // one untimed pass, so tiered JIT has settled
        }

        var times = Percentiles.TimeEach(profiles, p => engine.Recommend(p, 10));
        Console.WriteLine(Percentiles.Against("answer a profile, p50", Percentiles.Of(times, 0.50), 5));
        Console.WriteLine(Percentiles.Against("answer a profile, p99", Percentiles.Of(times, 0.99), 5));

        var cached = new MenuEngine(catalog, new CachedRelevance(text));
        foreach (var p in profiles)
        {
            cached.Recommend(p, 10);
        }

        var alone = Percentiles.TimeEach(profiles, p => cached.Recommend(p, 10));
        Console.WriteLine(Percentiles.Against("ranking alone (text cached), p99", Percentiles.Of(alone, 0.99), 5));
    }
}
