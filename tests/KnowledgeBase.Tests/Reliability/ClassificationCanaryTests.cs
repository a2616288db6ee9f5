using System.Text;
using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>
/// Withheld entries named by OFFICIAL ones in every way the content model allows (lead, partners, members,
/// governed_by, reports_to, used_by, related, a body link, the glossary's entry:) reach no byte of an OFFICIAL build:
/// pages, menu data, the static search index, and the Lucene index read both as raw bytes and through Lucene itself
/// (its terms dictionary shares prefixes and its stored fields are compressed, so raw bytes alone would prove little).
/// </summary>
public sealed class ClassificationCanaryTests
{
    // The withheld entries' slugs, title and body words, and stems Lucene would index ("quokkafeathers" → "quokkafeather").
    private static readonly string[] Canaries = ["quokkafeather", "quokka-oversight", "quokka-tasking", "zanthoxyl", "brindlewort", "marrowglint"];

    private const string Site = """
        -- content/programmes/operation-quokkafeather.md --
        ---
        title: Operation Quokkafeather
        summary: Covert Zanthoxylum work against brindleworts.
        needs: [intelligence]
        crime_types: [guns]
        boroughs: [lambeth]
        governed_by: [quokka-oversight-board]
        related: [operation-blunt, anti-knife-education]
        keywords: [marrowglint]
        sources: ["MPS response ¶1"]
        classification: SECRET
        reviewed: 2026-11-01
        ---
        The brindlewort and marrowglint tactics.
        -- content/boards/quokka-oversight-board.md --
        ---
        title: Quokka oversight board
        summary: Oversees Zanthoxylum brindlewort work.
        sources: ["MPS response ¶1"]
        classification: SECRET
        reviewed: 2026-11-01
        ---
        Marrowglint minutes.
        -- content/options/quokka-tasking.md --
        ---
        title: Quokka tasking
        summary: Tasking of marrowglint sources.
        needs: [intelligence]
        used_by: [operation-blunt]
        sources: ["MPS response ¶1"]
        classification: OFFICIAL-SENSITIVE
        reviewed: 2026-11-01
        ---
        Zanthoxylum.
        -- content/boards/open-board.md --
        ---
        title: Open board
        summary: A board anyone may read about.
        reports_to: [quokka-oversight-board]
        members: [quokka-oversight-board, operation-quokkafeather, Youth Justice Board]
        sources: ["MPS response ¶1"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        Meets monthly; see [the minutes](quokka-oversight-board.md).
        -- content/programmes/operation-blunt.md --
        ---
        title: Operation Blunt
        summary: The corporate response to knife-enabled crime.
        needs: [prevention, enforcement]
        crime_types: [knives]
        boroughs: [lambeth, southwark]
        lead: operation-quokkafeather
        partners: [operation-quokkafeather, quokka-tasking, Youth Justice Board]
        governed_by: [quokka-oversight-board, open-board]
        related: [operation-quokkafeather, quokka-tasking, anti-knife-education]
        status: active
        sources: ["MPS response ¶26-28"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        ## Aims

        Blunt works with [the other programme](operation-quokkafeather.md) and the
        [knife education option](../options/anti-knife-education.md).
        -- content/options/anti-knife-education.md --
        ---
        title: Anti-knife education
        summary: Education and prevention programmes against knife crime.
        needs: [prevention]
        crime_types: [knives]
        lead: quokka-oversight-board
        partners: [quokka-oversight-board]
        used_by: [operation-blunt, operation-quokkafeather]
        related: [quokka-tasking]
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        ## When to use it

        When young people carry knives.
        -- content/glossary.yml --
        - acronym: BOCU
          expansion: Borough Operational Command Unit
          definition: A borough's police command.
        - acronym: OQF
          expansion: Operational quarterly forum
          definition: The forum that sets priorities.
          entry: operation-quokkafeather
        """;

    [Fact]
    public void OfficialBuild_PublishesNoByteOfWithheldEntries_HoweverTheyAreNamed()
    {
        using var site = SiteFixture.Create(Site);
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(3, result.Withheld);
        var dropped = result.Diagnostics.Where(d => d.Code is "KB0123" or "KB0204").Select(d => $"{d.File}({d.Line})").ToList();
        Assert.True(dropped.Count == 15, "each of the 15 references to a withheld entry is reported once:\n" + string.Join('\n', result.Diagnostics));

        var output = AtomicSiteWriter.CurrentSite(Path.Combine(site.Root, "_site"));
        var files = System.IO.Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.Contains($"{Path.DirectorySeparatorChar}lucene{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var path = Path.GetRelativePath(output, file);
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            foreach (var canary in Canaries)
            {
                Assert.False(path.Contains(canary, StringComparison.OrdinalIgnoreCase), $"{path} is named after a withheld entry");
                Assert.False(text.Contains(canary, StringComparison.OrdinalIgnoreCase), $"{path} holds '{canary}'");
            }
        }

        foreach (var value in LuceneTermsAndStoredValues(Path.Combine(output, SearchIndexFiles.Folder)))
        {
            Assert.DoesNotContain(Canaries, c => value.Contains(c, StringComparison.OrdinalIgnoreCase));
        }

        // The canaries are real: built at SECRET, the same content publishes them.
        var secret = site.Build(r => r with { MaxClassification = Configuration.Classification.Secret });
        Assert.True(secret.Succeeded);
        Assert.Contains(LuceneTermsAndStoredValues(Path.Combine(site.Root, "_site", SearchIndexFiles.Folder)), v => v.Contains("quokkafeather", StringComparison.Ordinal));
    }

    /// <summary>Every term of every field, and every stored value, as Lucene reads them back.</summary>
    private static List<string> LuceneTermsAndStoredValues(string folder)
    {
        var values = new List<string>();
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves)
        {
            var fields = leaf.AtomicReader.Fields;
            foreach (var field in fields ?? Enumerable.Empty<string>())
            {
                var terms = fields!.GetTerms(field)!.GetEnumerator();
                while (terms.MoveNext())
                {
                    values.Add(terms.Term.Utf8ToString());
                }
            }
        }

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            values.AddRange(reader.Document(doc).Fields.Select(f => f.GetStringValue() ?? (f.GetBinaryValue() is { } b ? b.Utf8ToString() : "")));
        }

        return values;
    }
}
