using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>
/// A corpus unlike the manual copied: the real manual, plus generated entries whose titles and bodies are drawn from
/// a vocabulary of 30,000 made-up words in Zipf-like frequencies (the word of rank r about 1/r as often as the
/// first), 400-600 words each, with headings, a list, a table and links to other entries. Each generated entry
/// keeps the front matter of a real entry (so its taxonomies and references are valid) under its own slug and
/// title. The same count gives the same files.
/// </summary>
internal static partial class SyntheticCorpus
{
    private const int VocabularySize = 30_000;

    private static readonly string[] Onsets = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "br", "ch", "cl", "dr", "fr", "gr", "pl", "sh", "st", "th", "tr"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "t", "l", "nd", "st", "ck"];

    /// <summary>Writes the real manual and generated entries up to <paramref name="target"/> into <paramref name="site"/>.</summary>
    public static int Generate(string root, string site, int target)
    {
        var written = SiteBenchmark.Generate(root, site, 1);
        var templates = new[] { "programmes", "boards", "options" }
            .SelectMany(kind => Directory.EnumerateFiles(Path.Combine(root, "content", kind), "*.md").Order(StringComparer.Ordinal).Select(f => (Kind: kind, Text: File.ReadAllText(f))))
            .ToList();
        var words = Words();
        var zipf = new Zipf(VocabularySize);
        var random = new Random(20261203);
        var count = Math.Max(0, target - written);
        for (var i = 0; i < count; i++)
        {
            var (kind, text) = templates[i % templates.Count];
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            var front = Title().Replace(text[..end], _ => $"\ntitle: {Capital(Phrase(words, zipf, random, 3, 5))} {i}", 1);
            var body = Body(words, zipf, random, kind, templates, count, i);
            File.WriteAllText(Path.Combine(site, "content", kind, Slug(i) + ".md"), front + "\n---\n\n" + body);
        }

        return written + count;
    }

    private static string Body(string[] words, Zipf zipf, Random random, string kind, List<(string Kind, string Text)> templates, int entries, int self)
    {
        var target = random.Next(360, 541);
        var body = new StringBuilder();
        var count = 0;
        void Paragraph(int length)
        {
            var sentence = new StringBuilder();
            for (var n = 0; n < length; n += 12)
            {
                sentence.Append(Capital(Phrase(words, zipf, random, 8, 14))).Append(". ");
            }

            body.Append(sentence.ToString().TrimEnd()).Append("\n\n");
            count += length;
        }

        for (var section = 0; count < target; section++)
        {
            body.Append("## ").Append(Capital(Phrase(words, zipf, random, 2, 4))).Append("\n\n");
            Paragraph(random.Next(50, 90));
            if (section == 0)
            {
                // Links to other entries, as editors write them: relative to this file.
                for (var l = 0; l < 3; l++)
                {
                    var other = (self + 1 + random.Next(entries - 1)) % entries;
                    var otherKind = templates[other % templates.Count].Kind;
                    var path = otherKind == kind ? $"{Slug(other)}.md" : $"../{otherKind}/{Slug(other)}.md";
                    body.Append("See [").Append(Phrase(words, zipf, random, 2, 3)).Append("](").Append(path).Append("). ");
                    count += 3;
                }

                body.Append("\n\n");
            }
            else if (section == 1)
            {
                for (var item = random.Next(3, 7); item > 0; item--)
                {
                    body.Append("- ").Append(Phrase(words, zipf, random, 4, 9)).Append('\n');
                    count += 6;
                }

                body.Append('\n');
            }
            else if (section == 2)
            {
                body.Append("### ").Append(Capital(Phrase(words, zipf, random, 2, 3))).Append("\n\n");
                body.Append("| ").Append(Phrase(words, zipf, random, 1, 1)).Append(" | ").Append(Phrase(words, zipf, random, 1, 1)).Append(" | ").Append(Phrase(words, zipf, random, 1, 1)).Append(" |\n|---|---|---|\n");
                for (var row = random.Next(3, 6); row > 0; row--)
                {
                    body.Append("| ").Append(Phrase(words, zipf, random, 1, 2)).Append(" | ").Append(Phrase(words, zipf, random, 2, 4)).Append(" | ").Append(random.Next(1, 500)).Append(" |\n");
                    count += 5;
                }

                body.Append('\n');
            }
        }

        return body.ToString();
    }

    /// <summary>Generated entry i's slug; its kind is that of the real entry whose front matter it keeps.</summary>
    private static string Slug(int i) => $"synthetic-{i:D5}";

    private static string Phrase(string[] words, Zipf zipf, Random random, int min, int max)
    {
        var length = random.Next(min, max + 1);
        var phrase = new StringBuilder();
        for (var n = 0; n < length; n++)
        {
            phrase.Append(n == 0 ? "" : " ").Append(words[zipf.Next(random)]);
        }

        return phrase.ToString();
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>30,000 distinct made-up words of one to three syllables, the short ones first (the commonest).</summary>
    private static string[] Words()
    {
        var random = new Random(30000);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var words = new List<string>(VocabularySize);
        while (words.Count < VocabularySize)
        {
            var syllables = words.Count < 300 ? 1 : words.Count < 6000 ? 2 : 3;
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
            }

            word.Append(Codas[random.Next(Codas.Length)]);
            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }

        return [.. words];
    }

    [GeneratedRegex("\ntitle: [^\n]*")]
    private static partial Regex Title();

    /// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1).</summary>
    private sealed class Zipf
    {
        private readonly double[] cumulative;

        public Zipf(int n)
        {
            cumulative = new double[n];
            var sum = 0.0;
            for (var r = 0; r < n; r++)
            {
                sum += 1.0 / (r + 1);
                cumulative[r] = sum;
            }
        }

        public int Next(Random random)
        {
            var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
            return Math.Min(at < 0 ? ~at : at, cumulative.Length - 1);
        }
    }
}
