using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Indexing;
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
        return Convert.ToHexString(stream.ToArray()) + string.Join('|', rows) + string.Join('|', frequency);
    }
}
