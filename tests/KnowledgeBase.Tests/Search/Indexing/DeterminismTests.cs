using KnowledgeBase.Search;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Static;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Indexing;

/// <summary>The same input gives byte-identical index files, whatever order the documents and lexicon come in.</summary>
public sealed class DeterminismTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void SqliteIndex_WrittenTwiceFromShuffledInput_IsByteIdentical() =>
        AssertSameBytes(new SqliteSearchIndexWriter(), "a.db", "b.db");

    [Fact]
    public void StaticIndex_WrittenTwiceFromShuffledInput_IsByteIdentical() =>
        AssertSameBytes(new StaticIndexWriter(), "a.json", "b.json");

    [Fact]
    public void SqliteIndex_HoldsTheLexicon_SoTheEngineNeedsNothingElse()
    {
        using var engine = new KnowledgeBase.Search.Engine.SqliteSearchEngine(fixture.IndexPath);
        Assert.Equal("ppo-scheme", engine.Search(new SearchRequest("Prolific and other Priority Offenders")).Results[0].Slug);
    }

    private void AssertSameBytes(ISearchIndexWriter writer, string first, string second)
    {
        string a = Path.Combine(fixture.Folder, first), b = Path.Combine(fixture.Folder, second);
        writer.Write(a, fixture.Docs, fixture.Lexicon);
        var shuffled = fixture.Docs.OrderBy(d => d.Slug.GetHashCode(StringComparison.Ordinal)).ToList();
        var lexicon = new SearchLexicon(fixture.Lexicon.Glossary.Reverse().ToList(), fixture.Lexicon.Synonyms.Reverse().ToList(), fixture.Lexicon.FacetValues);
        writer.Write(b, shuffled, lexicon);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
