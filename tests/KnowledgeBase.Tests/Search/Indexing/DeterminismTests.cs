using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Static;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Indexing;

/// <summary>The same input gives byte-identical index files, whatever order the documents and lexicon come in.</summary>
public sealed class DeterminismTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void LuceneIndex_BuiltTwiceFromShuffledInput_IsByteIdentical()
    {
        using var first = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        var shuffled = fixture.Docs.OrderBy(d => d.Slug.GetHashCode(StringComparison.Ordinal)).ToList();
        var lexicon = new SearchLexicon([.. fixture.Lexicon.Glossary.Reverse()], [.. fixture.Lexicon.Synonyms.Reverse()], fixture.Lexicon.FacetValues);
        using var second = SearchIndexBuilder.Build(shuffled, lexicon, "OFFICIAL");
        var a = first.Files().ToList();
        var b = second.Files().ToList();
        Assert.Equal(a.Select(f => f.Name), b.Select(f => f.Name));
        foreach (var ((name, x), (_, y)) in a.Zip(b))
        {
            Assert.True(x.AsSpan().SequenceEqual(y), $"{name} differs between two builds of the same input");
        }
    }

    [Fact]
    public void StaticIndex_WrittenTwiceFromShuffledInput_IsByteIdentical()
    {
        using var first = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        var shuffled = fixture.Docs.OrderBy(d => d.Slug.GetHashCode(StringComparison.Ordinal)).ToList();
        var lexicon = new SearchLexicon([.. fixture.Lexicon.Glossary.Reverse()], [.. fixture.Lexicon.Synonyms.Reverse()], fixture.Lexicon.FacetValues);
        using var second = SearchIndexBuilder.Build(shuffled, lexicon, "OFFICIAL");
        byte[] a = StaticSearchIndex.Write(first);
        Assert.True(a.AsSpan().SequenceEqual(StaticSearchIndex.Write(second)), "search-index.json differs between two builds of the same input");
        Assert.True(a.AsSpan().SequenceEqual(StaticSearchIndex.Write(first)), "search-index.json differs between two exports of one index");
    }

    [Fact]
    public void LargeLuceneIndex_BuiltInSlicesOnEveryCore_IsByteIdenticalOneSegmentPerSliceAndAnswersAsOne()
    {
        // 1,200 entries: past the size from which slices are indexed side by side.
        var many = Enumerable.Range(0, 16).SelectMany(i => fixture.Docs.Select(d => d with { Slug = $"{d.Slug}-{i}" })).ToList();
        using var first = SearchIndexBuilder.Build(many, fixture.Lexicon, "OFFICIAL");
        using var second = SearchIndexBuilder.Build([.. Enumerable.Reverse(many)], fixture.Lexicon, "OFFICIAL");
        var a = first.Files().ToList();
        Assert.Equal(a.Select(f => f.Name), second.Files().Select(f => f.Name));
        Assert.All(a.Zip(second.Files()), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Name));
        // Two slices whatever the machine's cores, each kept as its own segment.
        Assert.Equal(2, a.Count(f => f.Name.EndsWith(".si", StringComparison.Ordinal)));
        using var engine = new LuceneSearchEngine(first);
        var response = engine.Search(new SearchRequest("PPO", 100));
        Assert.Equal(16 * fixture.Engine.Search(new SearchRequest("PPO", 100)).Total, response.Total);
        // The same entries in one segment answer alike, scores included: the statistics are the whole index's.
        using var whole = SearchIndexBuilder.Build(many, fixture.Lexicon, "OFFICIAL", slices: 1);
        using var one = new LuceneSearchEngine(whole);
        foreach (string query in new[] { "PPO", "knife crime in schools", "gang mediation", "\"youth offending\"", "trident OR emerald" })
        {
            var sliced = engine.Search(new SearchRequest(query, 50));
            var merged = one.Search(new SearchRequest(query, 50));
            Assert.Equal(merged.Total, sliced.Total);
            Assert.Equal(merged.Results.Select(h => (h.Slug, h.Score)), sliced.Results.Select(h => (h.Slug, h.Score)));
        }
    }

    [Fact]
    public void LuceneIndex_SegmentInfo_HoldsNoTimestampOrMachine()
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        var si = System.Text.Encoding.UTF8.GetString(index.Files().Single(f => f.Name.EndsWith(".si", StringComparison.Ordinal)).Bytes);
        Assert.DoesNotContain("timestamp", si, StringComparison.Ordinal);
        Assert.DoesNotContain("os.version", si, StringComparison.Ordinal);
    }

    [Fact]
    public void LuceneIndex_HoldsTheLexiconAndWhatItWasBuiltFrom()
    {
        Assert.Equal("ppo-scheme", fixture.Engine.Search(new SearchRequest("Prolific and other Priority Offenders")).Results[0].Slug);
        Assert.Equal("OFFICIAL", fixture.Engine.Manifest.Classification);
        Assert.Equal(fixture.Docs.Count, fixture.Engine.Manifest.Documents);
        Assert.Equal(64, fixture.Engine.Manifest.Fingerprint.Length);
        Assert.Equal(fixture.Engine.Manifest, SearchIndexBuilder.ReadManifest(fixture.IndexPath));
    }
}
