using KnowledgeBase.Search;
namespace KnowledgeBase.Benchmarks.Search;

/// <summary>1,000 queries of the kinds officers type: words, pairs, questions, phrases, prefixes, typos, filters, NOT.</summary>
internal static class QueryMix
{
    /// <param name="corpus">Where the words come from.</param>
    /// <param name="count">How many queries.</param>
    /// <param name="seed">Another seed gives another set of the same kinds (the warm-up's).</param>
    public static List<string> Build(CorpusGenerator corpus, int count, int seed = 7)
    {
        var random = new Random(seed);
        string[] mid = corpus.Vocabulary.Skip(30).Take(2000).Where(w => w.Length >= 4).ToArray();
        string[] fixedQueries = ["firearms", "knife crime young people", "PPO", "who chairs the reduction board", "Ealing", "tridnet",
            "organized crime", "police in schools", "how do I check a club promoter", "saphire", "kind:option prevention", "borough:lambeth guns"];
        string W() => mid[random.Next(mid.Length)];
        var queries = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            queries.Add((i % 10) switch
            {
                0 or 1 => W(),
                2 or 3 => $"{W()} {W()}",
                4 => $"how do I {W()} {W()}",
                5 => $"\"{W()} {W()}\"",
                6 => W()[..3] + "*",
                7 => Typo(W(), random),
                8 => $"{W()} kind:option borough:lambeth",
                _ => i % 20 == 9 ? fixedQueries[random.Next(fixedQueries.Length)] : $"{W()} -{W()}",
            });
        }

        return queries;
    }

    private static string Typo(string word, Random random)
    {
        int i = random.Next(1, word.Length - 1);
        return word[..i] + word[i + 1] + word[i] + word[(i + 2)..];
    }
}
