using KnowledgeBase.Search;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks.Search;

/// <summary>
/// A synthetic manual: words drawn with their real frequencies from the source documents (so common words are
/// common and rare words rare), plus invented names, in entries shaped like the real ones. Seeded: same corpus every run.
/// </summary>
internal sealed partial class CorpusGenerator
{
    private static readonly string[] Kinds = ["programme", "board", "option"];
    private static readonly string[] Boroughs = ["lambeth", "southwark", "hackney", "haringey", "brent", "ealing", "newham", "croydon", "lewisham", "camden", "westminster", "enfield"];
    private static readonly string[] Needs = ["intelligence", "prevention", "enforcement"];
    private static readonly string[] Crimes = ["guns", "knives", "gangs", "drugs", "robbery", "extortion", "homicide", "organised-crime"];
    private readonly Random random = new(42);
    private readonly string[] words;
    private readonly double[] cumulative;

    public CorpusGenerator(string seedsFolder)
    {
        var counts = new Dictionary<string, int>();
        foreach (string file in Directory.GetFiles(seedsFolder, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (Match m in Word().Matches(File.ReadAllText(file)))
            {
                counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
            }
        }

        // Invented names widen the vocabulary to what 10,000 entries would have.
        for (int i = 0; i < 15000; i++)
        {
            counts[Name()] = 1;
        }

        words = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        cumulative = new double[words.Length];
        double total = 0;
        var ordered = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        for (int i = 0; i < ordered.Length; i++)
        {
            total += ordered[i].Value;
            cumulative[i] = total;
        }
    }

    public IReadOnlyList<string> Vocabulary => words;

    public string Pick()
    {
        double x = random.NextDouble() * cumulative[^1];
        int i = Array.BinarySearch(cumulative, x);
        return words[i < 0 ? ~i : i];
    }

    public string Text(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick()));

    public List<SearchDocument> Generate(int n)
    {
        var docs = new List<SearchDocument>(n);
        for (int i = 0; i < n; i++)
        {
            string kind = Kinds[random.Next(Kinds.Length)];
            var facets = new Dictionary<string, IReadOnlyList<string>>
            {
                ["kind"] = [kind],
                ["need"] = Some(Needs, 2),
                ["crime_type"] = Some(Crimes, 3),
                ["borough"] = Some(Boroughs, 4),
            };
            string title = Text(random.Next(2, 7));
            docs.Add(new SearchDocument($"entry-{i:D5}", kind, char.ToUpperInvariant(title[0]) + title[1..], $"/{kind}s/entry-{i:D5}/",
                Text(random.Next(12, 30)), [.. Enumerable.Range(0, random.Next(3, 10)).Select(_ => Text(random.Next(1, 3)))], facets,
                [.. facets["crime_type"], .. facets["borough"]], Text(random.Next(200, 600)), "active"));
        }

        return docs;
    }

    private string[] Some(string[] values, int max) =>
        values.OrderBy(_ => random.Next()).Take(random.Next(1, max + 1)).Order(StringComparer.Ordinal).ToArray();

    private string Name()
    {
        const string consonants = "bcdfghjklmnprstvwz", vowels = "aeiou";
        var chars = new char[random.Next(5, 10)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)];
        }

        return new string(chars);
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")]
    private static partial Regex Word();
}
