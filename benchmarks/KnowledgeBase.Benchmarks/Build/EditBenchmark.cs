using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>
/// Edit to page: what an editor under <c>kb serve</c> waits for after saving one entry of a large manual. One
/// builder (as kb serve keeps one, with the last build's page scans) builds the copied manual once, then each run
/// rewrites one sentence of one entry and times the rebuild until that entry's page on disk has the new words.
/// kb serve adds its 0.25 s of quiet after the last change before it starts, which is not in these figures.
/// </summary>
public static class EditBenchmark
{
    private const double Target = 0.2;

    public static void Run(string repositoryRoot, int entries = 10_000, int runs = 3)
    {
        var site = Directory.CreateTempSubdirectory("kb-bench-edit-").FullName;
        try
        {
            var count = SiteBenchmark.Generate(repositoryRoot, site, entries);
            Console.WriteLine($"Edit to page: {count:N0} generated entries");
            var request = new BuildRequest(site, new DateOnly(2026, 11, 22));
            var builder = new SiteBuilder();
            var first = builder.Build(request);
            if (!first.Succeeded)
            {
                Console.WriteLine("  the generated site did not build: " + first.Diagnostics.First());
                return;
            }

            var entry = Path.Combine(site, "content", "programmes", "operation-blunt.md");
            var page = Path.Combine(first.OutputFolder!, "programmes", "operation-blunt", "index.html");
            string original = File.ReadAllText(entry);
            var times = new List<double>();
            for (int run = 1; run <= runs; run++)
            {
                string marker = $"Edited for run {run.ToString(CultureInfo.InvariantCulture)} of the benchmark.";
                File.WriteAllText(entry, original.TrimEnd() + "\n\n" + marker + "\n");
                var watch = Stopwatch.StartNew();
                var result = builder.Build(request);
                double seconds = watch.Elapsed.TotalSeconds;
                if (!result.Succeeded || !File.ReadAllText(page).Contains(marker, StringComparison.Ordinal))
                {
                    Console.WriteLine("  the edit did not reach the page: " + string.Join("; ", result.Diagnostics.Take(3)));
                    return;
                }

                times.Add(seconds);
            }

            double best = times.Min();
            Console.WriteLine($"  edit to page written: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s "
                + $"(target {Target:F1} s; best {best:F2} s, ratio {best / Target:F1}); every rebuild is a whole build");
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}
