using KnowledgeBase.Benchmarks.Build;
using KnowledgeBase.Benchmarks.Menu;

// Benchmarks, run by hand (never in CI): figures and ratios against the targets; see BENCHMARKS.md.
//   dotnet run -c Release --project benchmarks/KnowledgeBase.Benchmarks -- [build|related|site|search|menu|hugo [runs]|all]
// ("related" is the related-entries stage alone, which "build" also runs before the whole build; "site" is the
// whole build alone, with its template and link validation stages timed; "hugo" is kb build beside Hugo on the
// same entries, whole processes, and is not part of "all"; "edit" times kb serve's rebuild after one entry is
// edited, at 10,000 entries; "corpus <folder> [entries]" writes the synthetic corpus into a new folder, to build or
// read by hand.)
var which = args.Length > 0 ? args[0] : "all";
var root = FindRepository();
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
if (which is "build" or "all")
{
    SiteBenchmark.Run(root);
}

if (which is "site")
{
    SiteBenchmark.RunSite(root);
}

if (which is "hugo")
{
    HugoBenchmark.Run(root, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (which is "corpus" && args.Length > 1)
{
    Directory.CreateDirectory(args[1]);
    var written = SyntheticCorpus.Generate(root, args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000);
    Console.WriteLine($"{written:N0} entries written to {args[1]}");
}

if (which is "edit")
{
    EditBenchmark.Run(root);
}

if (which is "related")
{
    SiteBenchmark.RunRelated(root);
}

if (which is "search" or "all")
{
    KnowledgeBase.Benchmarks.Search.SearchBenchmark.Run(Path.Combine(root, "sources"));
}

if (which is "menu" or "all")
{
    MenuBenchmark.Run();
}

static string FindRepository()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeBase.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
