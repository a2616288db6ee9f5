using System.Diagnostics;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Benchmarks.Search;

/// <summary>
/// Index build time and query latency over a generated 10,000-entry corpus (words drawn from the source
/// documents) and a mixed set of 1,000 queries, each answered with its top 10, total, facet counts and snippets.
/// Targets: the first build in the process &lt;= 3.0 s, p50 &lt;= 1 ms, p99 &lt;= 5 ms. The first build is the one a
/// one-shot <c>kb build</c> makes; the median of five more is the steady figure. Queries are timed after 1,000
/// others warm the engine up, as in a running kb serve.
/// </summary>
public static class SearchBenchmark
{
    public static void Run(string sourcesFolder, int entries = 10_000)
    {
        Console.WriteLine($"Search: {entries:N0} generated entries, 1,000 mixed queries");
        var corpus = new CorpusGenerator(sourcesFolder);
        var docs = corpus.Generate(entries);
        var lexicon = new SearchLexicon(
            [new("PPO", "Prolific and other Priority Offenders"), new("NIM", "National Intelligence Model"), new("GGW RB", "Guns, Gangs and Weapons Reduction Board")],
            [["gun", "firearm", "shooting", "lethal barrelled weapon"], ["knife", "blade", "bladed article", "stabbing"], ["organised crime", "organized crime"]],
            new Dictionary<string, IReadOnlyDictionary<string, string>> { ["borough"] = new Dictionary<string, string> { ["lambeth"] = "Lambeth" } });
        long before = GC.GetTotalAllocatedBytes();
        var watch = Stopwatch.StartNew();
        var index = SearchIndexBuilder.Build(docs, lexicon, "OFFICIAL");
        Console.WriteLine(Percentiles.Against("index build, first in the process", watch.Elapsed.TotalSeconds, 3.0, "s"));
        Console.WriteLine($"  allocated during the build: {(GC.GetTotalAllocatedBytes() - before) / 1e6:F0} MB; index files: {index.Files().Sum(f => f.Bytes.Length) / 1e6:F1} MB; peak working set so far: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
        var again = Percentiles.TimeEach(Enumerable.Range(0, 5), _ => SearchIndexBuilder.Build(docs, lexicon, "OFFICIAL").Dispose());
        Console.WriteLine(Percentiles.Against("index build, median of 5 more", again[2] / 1000, 3.0, "s"));

        // The builds' garbage is collected before the queries, so that no query pays for it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using (index)
        using (var engine = new LuceneSearchEngine(index))
        {
            foreach (var q in QueryMix.Build(corpus, 1000, seed: 8))
            {
                engine.Search(new SearchRequest(q));
            }

            var queries = QueryMix.Build(corpus, 1000);
            var times = Percentiles.TimeEach(queries, q => engine.Search(new SearchRequest(q)));
            Console.WriteLine(Percentiles.Against("query, p50", Percentiles.Of(times, 0.50), 1));
            Console.WriteLine(Percentiles.Against("query, p99", Percentiles.Of(times, 0.99), 5));
        }
    }
}
