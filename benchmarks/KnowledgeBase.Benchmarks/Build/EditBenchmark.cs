using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;
using KnowledgeBase.Building.Incremental;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>
/// Edit to page: what an editor under <c>kb serve</c> waits for after saving one entry of a large manual. One
/// updater (as kb serve keeps one) builds the copied manual once; then each run edits one entry, the body alone or its
/// title, and times the incremental rebuild until that entry's page on disk has the new words, then the settling that
/// follows it (search index, related lists, search and menu data). kb serve adds its 0.25 s of quiet after the last
/// change before it starts, which is not in these figures.
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
            var updater = new SiteUpdater();
            var first = updater.Build(request);
            if (!first.Succeeded)
            {
                Console.WriteLine("  the generated site did not build: " + first.Diagnostics.First());
                return;
            }

            var entry = Path.Combine(site, "content", "programmes", "operation-blunt.md");
            var page = Path.Combine(first.OutputFolder!, "programmes", "operation-blunt", "index.html");
            string original = File.ReadAllText(entry);
            foreach (var kind in new[] { "body", "title" })
            {
                var times = new List<double>();
                for (int run = 1; run <= runs; run++)
                {
                    string marker = $"Edited {kind} {run.ToString(CultureInfo.InvariantCulture)}";
                    File.WriteAllText(entry, kind == "body"
                        ? original.TrimEnd() + "\n\n" + marker + ".\n"
                        : original.Replace("title: Operation Blunt", "title: Operation Blunt " + marker, StringComparison.Ordinal));
                    var stages = new StageTimer();
                    var watch = Stopwatch.StartNew();
                    var result = updater.Update(request with { Progress = stages }, [entry]);
                    double seconds = watch.Elapsed.TotalSeconds;
                    if (!result.Succeeded || !File.ReadAllText(page).Contains(marker, StringComparison.Ordinal))
                    {
                        Console.WriteLine("  the edit did not reach the page: " + string.Join("; ", result.Diagnostics.Take(3)));
                        return;
                    }

                    var settleStages = new StageTimer();
                    watch.Restart();
                    var settled = updater.Settle(settleStages);
                    double settling = watch.Elapsed.TotalSeconds;
                    times.Add(seconds);
                    Console.WriteLine($"  {kind} edit {run}: page written in {seconds:F3} s ({result.PagesWritten} pages laid out; "
                        + string.Join(", ", stages.Seconds.Select(s => $"{s.Key} {s.Value.Sum():F3}"))
                        + $"), settled {settling:F2} s later ({settled?.PagesWritten ?? 0} pages; "
                        + string.Join(", ", settleStages.Seconds.Select(s => $"{s.Key} {s.Value.Sum():F3}")) + ")");
                }

                double best = times.Min();
                Console.WriteLine($"  {kind} edit to page written: {string.Join(", ", times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))} s "
                    + $"(target {Target:F1} s; best {best:F3} s, ratio {best / Target:F2})");
            }
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }
}
