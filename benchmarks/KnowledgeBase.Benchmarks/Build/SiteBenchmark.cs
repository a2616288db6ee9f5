using System.Text.RegularExpressions;
using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Related;
using KnowledgeBase.Site;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>
/// A whole kb build (content, Markdown, graph, templates, search index, menu data, atomic write) of a generated
/// site: the real manual's vocabularies and glossary, with its entries copied many times over. Before it, the
/// related-entries stage alone at 1,000 and 10,000 entries: its time per entry should stay about the same.
/// </summary>
public static class SiteBenchmark
{
    public static void Run(string repositoryRoot, int entries = 10_000)
    {
        RunRelated(repositoryRoot);
        WholeBuild(repositoryRoot, entries);
    }

    /// <summary>The whole build alone, with the time of its template stage and of link validation.</summary>
    public static void RunSite(string repositoryRoot) => WholeBuild(repositoryRoot, 10_000);

    /// <summary>The related-entries stage alone, at 1,000 and 10,000 entries.</summary>
    public static void RunRelated(string repositoryRoot)
    {
        foreach (var size in new[] { 1_000, 10_000 })
        {
            RelatedStage(repositoryRoot, size);
        }
    }

    /// <summary>
    /// Times <see cref="RelatedEntries.Find"/> over the generated site's search index: once to warm up, then three
    /// more times (all printed; the machine's cores are shared, so the spread matters as much as the best).
    /// </summary>
    private static void RelatedStage(string repositoryRoot, int entries)
    {
        var site = Directory.CreateTempSubdirectory("kb-bench-related-").FullName;
        try
        {
            var count = Generate(repositoryRoot, site, entries);
            var (_, _, graph) = new SiteBuilder().Assemble(new BuildRequest(site, new DateOnly(2026, 11, 22)), new DiagnosticBag());
            using var index = SearchIndexFiles.Build(graph);
            var picks = SearchDocuments.EditorsPicks(graph);
            RelatedEntries.Find(index, picks);
            var times = Percentiles.TimeEach(Enumerable.Range(0, 3), _ => RelatedEntries.Find(index, picks));
            var perEntry = times.Select(t => t * 1000 / count).ToList();
            Console.WriteLine($"Related entries: {count:N0} generated entries");
            Console.WriteLine($"  times: {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms after one warm-up run");
            Console.WriteLine($"  per entry: {perEntry.Min():F1} to {perEntry.Max():F1} µs");
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    private static void WholeBuild(string repositoryRoot, int entries)
    {
        var site = Directory.CreateTempSubdirectory("kb-bench-site-").FullName;
        try
        {
            var count = Generate(repositoryRoot, site, entries);
            Console.WriteLine($"Site build: {count:N0} generated entries");
            var stages = new StageTimer();
            var request = new BuildRequest(site, new DateOnly(2026, 11, 22)) { Progress = stages };
            var builder = new SiteBuilder();
            var times = new List<double>();
            BuildResult? result = null;
            for (var run = 0; run < 4; run++)
            {
                // Runs 1 and 2 share a builder, as kb serve's rebuilds do (run 2 reuses run 1's link scans); runs 3
                // and 4 each start a new one, as kb build does, with the JIT already warm.
                if (run >= 2)
                {
                    builder = new SiteBuilder();
                }

                var watch = Stopwatch.StartNew();
                result = builder.Build(request);
                times.Add(watch.Elapsed.TotalSeconds);
            }

            if (result is { Succeeded: false })
            {
                Console.WriteLine("  the generated site did not build: " + result.Diagnostics.First());
                return;
            }

            Console.WriteLine($"  {result!.PagesWritten:N0} pages, {result.FilesWritten:N0} files");
            Console.WriteLine($"  build times: {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s (1: cold process; 2: same builder, as kb serve; 3, 4: new builders, warm JIT)");
            Console.WriteLine($"  best: {times.Min():F2} s = {count / times.Min():N0} entries per second");
            foreach (var (stage, seconds) in stages.Seconds)
            {
                Console.WriteLine($"  {stage}: {string.Join(", ", seconds.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s");
            }

            if (stages.Seconds.TryGetValue("Checking links", out var checking) && stages.Seconds.TryGetValue("Writing pages", out var writing))
            {
                var ratios = checking.Zip(writing, (links, pages) => links / pages).ToList();
                var fresh = Math.Min(ratios[2], ratios[3]);
                Console.WriteLine($"  link validation / template stage: {string.Join(", ", ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} (target at most 0.20; ratio to target, new builder: {fresh / 0.2:F2}, cold process: {ratios[0] / 0.2:F2})");
            }
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>
    /// Copies the manual's config and data files, then the whole manual again and again: copy N renames every
    /// entry to slug-N and points its references and links at the other slug-N entries, so each copy is a
    /// self-contained manual and the site's graph grows as a real one would. Whole copies only: the count rounds up.
    /// </summary>
    internal static int Generate(string root, string site, int target)
    {
        File.Copy(Path.Combine(root, "site.config.yml"), Path.Combine(site, "site.config.yml"));
        Directory.CreateDirectory(Path.Combine(site, "content"));
        foreach (var data in new[] { "taxonomies.yml", "glossary.yml", "synonyms.yml" })
        {
            File.Copy(Path.Combine(root, "content", data), Path.Combine(site, "content", data));
        }

        var sources = new[] { "programmes", "boards", "options" }
            .SelectMany(kind => Directory.EnumerateFiles(Path.Combine(root, "content", kind), "*.md").Order(StringComparer.Ordinal).Select(f => (kind, f)))
            .ToList();
        var slugs = sources.Select(s => Path.GetFileNameWithoutExtension(s.f)).OrderByDescending(s => s.Length).ToList();
        var slugPattern = new Regex($"(?<![a-z0-9-])({string.Join('|', slugs.Select(Regex.Escape))})(?![a-z0-9-])");
        var titlePattern = new Regex("\ntitle: (\"?)");
        var written = 0;
        for (var copy = 0; written < target; copy++)
        {
            foreach (var (kind, file) in sources)
            {
                Directory.CreateDirectory(Path.Combine(site, "content", kind));
                var slug = Path.GetFileNameWithoutExtension(file);
                var text = File.ReadAllText(file);
                if (copy > 0)
                {
                    var n = copy;
                    text = titlePattern.Replace(text, m => $"\ntitle: {m.Groups[1].Value}Copy {n} of ", 1);
                    text = slugPattern.Replace(text, m => $"{m.Groups[1].Value}-{n}");
                    slug = $"{slug}-{copy}";
                }

                File.WriteAllText(Path.Combine(site, "content", kind, slug + ".md"), text);
                written++;
            }
        }

        return written;
    }
}
