using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>
/// <c>kb build</c> side by side with Hugo on the same entry files: the real manual, and the manual copied to 1,000 and
/// 10,000 entries. Hugo builds a minimal site with the same taxonomies and one single, list, taxonomy and term layout
/// each; kb builds everything it always does (pages, link check, search index, menu data). Whole processes, run
/// alternately after one untimed run of each; medians of wall time and peak memory by GNU time.
/// </summary>
public static partial class HugoBenchmark
{
    private const int Runs = 5;

    public static void Run(string root, int runs = Runs)
    {
        var hugo = Which("hugo");
        var time = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;
        Console.WriteLine(hugo is null
            ? "Hugo is not installed (apt-get install hugo): kb's figures only."
            : $"Hugo: {Output(hugo, "version").Trim()}");
        if (time is null)
        {
            Console.WriteLine("GNU time is not installed (apt-get install time): peak memory is not measured.");
        }

        var kb = BuildCli(root);
        Console.WriteLine($"{runs} alternating runs of each after one untimed run; medians.");
        Console.WriteLine();
        Console.WriteLine("| site | kb build | Hugo | kb / Hugo | peak memory kb / Hugo |");
        Console.WriteLine("|---|---|---|---|---|");
        var stages = new List<(string Site, string Lines)>();
        var corpora = new (string Name, Func<string, int> Write)[]
        {
            ("the real manual", site => CopyManual(root, site)),
            ("the manual copied", site => SiteBenchmark.Generate(root, site, 1_000)),
            ("the manual copied", site => SiteBenchmark.Generate(root, site, 10_000)),
            ("synthetic (Zipf vocabulary)", site => SyntheticCorpus.Generate(root, site, 1_000)),
            ("synthetic (Zipf vocabulary)", site => SyntheticCorpus.Generate(root, site, 10_000)),
        };
        foreach (var (name, write) in corpora)
        {
            var work = Directory.CreateTempSubdirectory("kb-bench-hugo-").FullName;
            try
            {
                var site = Path.Combine(work, "kb");
                Directory.CreateDirectory(site);
                var count = write(site);
                var hugoSite = Path.Combine(work, "hugo");
                WriteHugoSite(site, hugoSite);

                var kbRuns = new List<Measure>();
                var hugoRuns = new List<Measure>();
                string? verbose = null;
                for (var run = 0; run <= runs; run++)
                {
                    var k = Timed(time, "dotnet", [kb, "build", "--verbose"], site);
                    var h = hugo is null ? null : Timed(time, hugo, ["--quiet", "--source", hugoSite, "--destination", Path.Combine(hugoSite, "public")], hugoSite, clean: Path.Combine(hugoSite, "public"));
                    if (run == 0)
                    {
                        continue;
                    }

                    kbRuns.Add(k);
                    verbose = k.Output;
                    if (h is not null)
                    {
                        hugoRuns.Add(h);
                    }
                }

                var kbWall = Median(kbRuns.Select(m => m.Seconds));
                var kbPeak = Median(kbRuns.Select(m => m.PeakMegabytes));
                var label = $"{name}, {count:N0} entries";
                if (hugoRuns.Count > 0)
                {
                    var hugoWall = Median(hugoRuns.Select(m => m.Seconds));
                    var hugoPeak = Median(hugoRuns.Select(m => m.PeakMegabytes));
                    Console.WriteLine(Invariant($"| {label} | {kbWall:F2} s | {hugoWall:F2} s | {kbWall / hugoWall:F2} | {kbPeak:F0} / {hugoPeak:F0} MB |"));
                }
                else
                {
                    Console.WriteLine(Invariant($"| {label} | {kbWall:F2} s | | | {kbPeak:F0} MB |"));
                }

                stages.Add((label, string.Join('\n', StageLine().Matches(verbose ?? "").Select(m => "  " + m.Value.Trim()))));
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine("kb build --verbose, stages of the last run:");
        foreach (var (site, lines) in stages)
        {
            Console.WriteLine(site);
            Console.WriteLine(lines);
        }
    }

    private sealed record Measure(double Seconds, double PeakMegabytes, string Output);

    private static Measure Timed(string? time, string program, string[] arguments, string directory, string? clean = null)
    {
        if (clean is not null && Directory.Exists(clean))
        {
            Directory.Delete(clean, recursive: true);
        }

        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(time ?? program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            if (time is not null)
            {
                foreach (var argument in new[] { "-f", "%e %M", "-o", report, program })
                {
                    start.ArgumentList.Add(argument);
                }
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            var wall = watch.Elapsed.TotalSeconds;
            var output = stdout.Result + stderr.Result;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} failed in {directory}:\n{output}");
            }

            if (time is null)
            {
                return new Measure(wall, double.NaN, output);
            }

            var figures = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
            return new Measure(double.Parse(figures[0], CultureInfo.InvariantCulture), double.Parse(figures[1], CultureInfo.InvariantCulture) / 1024, output);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>The CLI as the README runs it (a Release build), built first so its compile is not timed.</summary>
    private static string BuildCli(string root)
    {
        var project = Path.Combine(root, "src", "KnowledgeBase.Cli");
        Output("dotnet", "build", project, "-c", "Release", "-v", "q", "-nologo");
        return Path.Combine(project, "bin", "Release", "net10.0", "kb.dll");
    }

    private static int CopyManual(string root, string site)
    {
        File.Copy(Path.Combine(root, "site.config.yml"), Path.Combine(site, "site.config.yml"));
        var content = Path.Combine(root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Count(f => !f.EndsWith("_index.md", StringComparison.Ordinal));
    }

    /// <summary>
    /// The Hugo site of the same entries: every Markdown file as it is (Hugo reads the same YAML front matter), the
    /// manual's taxonomies as Hugo taxonomies, and minimal single, list, taxonomy and term layouts.
    /// </summary>
    private static void WriteHugoSite(string site, string hugoSite)
    {
        var content = Path.Combine(site, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(hugoSite, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var taxonomies = TaxonomyKey().Matches(File.ReadAllText(Path.Combine(content, "taxonomies.yml"))).Select(m => m.Groups[1].Value).ToList();
        File.WriteAllText(Path.Combine(hugoSite, "hugo.yaml"),
            "baseURL: https://manual.example/\ntitle: The Gangs Manual\nlanguageCode: en-GB\ntaxonomies:\n"
            + string.Concat(taxonomies.Select(t => $"  {t}_term: {t}\n")));
        var layouts = Path.Combine(hugoSite, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>{{ .Title }} – {{ site.Title }}</title></head>
            <body><header><a href="/">{{ site.Title }}</a><nav>{{ range site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(layouts, "single.html"), """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}
            <dl>{{ range $taxonomy, $_ := site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<dt>{{ $taxonomy }}</dt><dd>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</dd>{{ end }}{{ end }}</dl></article>{{ end }}
            """);
        var list = """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """;
        File.WriteAllText(Path.Combine(layouts, "list.html"), list);
        File.WriteAllText(Path.Combine(layouts, "term.html"), list);
        File.WriteAllText(Path.Combine(layouts, "taxonomy.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
            """);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static string Output(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?m)^([a-z_]+):\s*$")]
    private static partial Regex TaxonomyKey();

    [GeneratedRegex(@"(?m)^[A-Z][A-Za-z ]+: [0-9.]+ s\s*$")]
    private static partial Regex StageLine();
}
