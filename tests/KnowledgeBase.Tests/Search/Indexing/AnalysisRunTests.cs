using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Static;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Indexing;

/// <summary>
/// Documents are analysed by several threads while the caller takes them in order: the result must not depend on
/// how many threads there were or which analysed what.
/// </summary>
public sealed class AnalysisRunTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void Build_WithAnyNumberOfHelperThreads_GivesTheSameIndex()
    {
        var docs = Copies(8);
        string alone = Describe(IndexBuilder.Build(docs, fixture.Lexicon, null, helpers: 0));
        string helped = Describe(IndexBuilder.Build(docs, fixture.Lexicon, null, helpers: 3));
        Assert.Equal(alone, helped);
    }

    [Fact]
    public void Build_HandsEachDocumentToTheCallerOnce_InSlugOrder()
    {
        var docs = Copies(4);
        var seen = new List<(int Position, string Slug)>();
        var index = IndexBuilder.Build(docs, fixture.Lexicon, (i, doc) => seen.Add((i, doc.Source.Slug)), helpers: 2);
        Assert.Equal(Enumerable.Range(0, docs.Count), seen.Select(s => s.Position));
        Assert.Equal(docs.Select(d => d.Slug).Order(StringComparer.Ordinal), seen.Select(s => s.Slug));
        Assert.Equal(index.Docs.Select(d => d.Source.Slug), seen.Select(s => s.Slug));
    }

    [Fact]
    public void Build_WhenTheCallerFails_StopsAndReportsTheCallersError()
    {
        var docs = Copies(4);
        var error = Assert.Throws<InvalidOperationException>(() => IndexBuilder.Build(docs, fixture.Lexicon,
            (i, _) => { if (i == 10) { throw new InvalidOperationException("disk full"); } }, helpers: 2));
        Assert.Equal("disk full", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void Run_WhenTheLastDocumentIsAnalysed_HandsOverEveryDocumentOnce(int helpers)
    {
        var docs = Copies(4).OrderBy(d => d.Slug, StringComparer.Ordinal).ToArray();
        int calls = 0, complete = -1, analyzers = 0;
        var compiled = new CompiledLexicon(LexiconNormalizer.Normalize(fixture.Lexicon), new TextAnalyzer());
        var table = new TermTable(new TextAnalyzer(), compiled);
        var run = new AnalysisRun(docs, () => new DocumentAnalyzer(table, compiled), helpers, (all, done) =>
        {
            Interlocked.Increment(ref calls);
            complete = done.Count(d => d is not null);
            analyzers = all.Count;
        });
        for (int i = 0; i < docs.Length; i++)
        {
            run.Take(i);
        }

        run.Finish();
        Assert.Equal(1, calls);
        Assert.Equal(docs.Length, complete);
        Assert.InRange(analyzers, 1, helpers + 1);
    }

    [Fact]
    public void Build_SnippetRows_NumberTermsByTheirPlaceInTheSortedTermTable()
    {
        var index = IndexBuilder.Build(fixture.Docs, fixture.Lexicon, null, helpers: 1);
        var numbers = index.DocumentFrequency.Select((x, n) => (x.Term.Id, Number: n + 1)).ToDictionary(x => x.Id, x => x.Number);
        for (int i = 0; i < index.Docs.Count; i++)
        {
            var expected = SnippetTokenCodec.Encode(index.Docs[i].Snippet, [.. Enumerable.Range(0, index.Terms.Length).Select(id => numbers.GetValueOrDefault(id))], index.Terms);
            Assert.Equal(expected, index.Snippets[i]);
        }
    }

    /// <summary>The manual's documents <paramref name="n"/> times over, enough for helper threads to start.</summary>
    private List<SearchDocument> Copies(int n) =>
        [.. Enumerable.Range(0, n).SelectMany(k => fixture.Docs.Select(d => d with { Slug = $"{d.Slug}-{k}" }))];

    /// <summary>Everything both index files are written from, in a comparable form.</summary>
    private static string Describe(BuiltIndex index)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            StaticIndexJson.Write(json, index);
        }

        // Term ids differ from run to run (threads meet words in any order): compare the terms themselves.
        var rows = index.Docs.Select(d => Convert.ToHexString(d.Row.Text) + string.Join(',', d.Row.Ends)
            + Convert.ToHexString(d.Snippet.Offsets) + string.Join(' ', d.Snippet.Terms.Select(id => index.Terms[id]!.Text)));
        var frequency = index.DocumentFrequency.Select(x => $"{x.Term.Text}={x.Count}");
        var snippets = index.Snippets.Select(Convert.ToHexString);
        return Convert.ToHexString(stream.ToArray()) + string.Join('|', rows) + string.Join('|', frequency) + string.Join('|', snippets);
    }
}
