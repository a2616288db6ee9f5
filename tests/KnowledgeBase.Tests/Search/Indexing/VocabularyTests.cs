using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Tests.Search.Support;
using Lucene.Net.Store;

namespace KnowledgeBase.Tests.Search.Indexing;

/// <summary>
/// The vocabulary, collected while the ranked fields are analysed, holds what a second analysis would: every
/// surface word and the number of entries using it, summed over the slices of a large index, and read back as written.
/// </summary>
public sealed class VocabularyTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void Vocabulary_OfTheManual_IsEveryEntrysTextThroughTheSurfaceAnalyzer_WithItsDocumentFrequency()
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        Assert.Equal(Expected(fixture.Docs), index.Vocabulary.Entries);
    }

    [Fact]
    public void Vocabulary_OfAnIndexBuiltInSlices_AddsUpTheSlices()
    {
        // 1,200 entries: past the size from which slices are indexed side by side, each with its own word list.
        var many = Enumerable.Range(0, 16).SelectMany(i => fixture.Docs.Select(d => d with { Slug = $"{d.Slug}-{i}" })).ToList();
        using var index = SearchIndexBuilder.Build(many, fixture.Lexicon, "OFFICIAL");
        Assert.Equal(Expected(fixture.Docs).Select(e => (e.Word, e.Frequency * 16)), index.Vocabulary.Entries);
    }

    [Fact]
    public void Vocabulary_WrittenBesideTheIndex_ReadsBackTheSame()
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        using var folder = FSDirectory.Open(fixture.IndexPath);
        var read = Vocabulary.Read(folder);
        Assert.NotNull(read);
        Assert.Equal(index.Vocabulary.Entries, read.Entries);
        using var empty = new RAMDirectory();
        Assert.Null(Vocabulary.Read(empty));
    }

    [Theory]
    [InlineData("trident", 1, "")]
    [InlineData("tridnet", 1, "trident")]
    [InlineData("tirdent", 1, "trident")]
    [InlineData("trdnt", 1, "")]
    [InlineData("trdnt", 2, "trident")]
    public void Near_FindsWordsWithinTheEdits_SharingTheFirstLetter(string typed, int edits, string expected)
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        var found = index.Vocabulary.Near(typed, edits, prefixLength: 1).Select(n => n.Word).ToList();
        if (expected.Length == 0)
        {
            Assert.DoesNotContain(typed, found);
            Assert.DoesNotContain("trident", found);
        }
        else
        {
            Assert.Contains(expected, found);
        }

        Assert.All(found, w => Assert.Equal(typed[0], w[0]));
    }

    [Fact]
    public void StartingWith_ListsExactlyTheWordsWithThePrefix()
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        var all = index.Vocabulary.Entries.ToList();
        Assert.Equal(all.Where(e => e.Word.StartsWith("tri", StringComparison.Ordinal)), index.Vocabulary.StartingWith("tri"));
        Assert.Empty(index.Vocabulary.StartingWith("zzzzzz"));
    }

    private static List<(string Word, int Frequency)> Expected(IEnumerable<KnowledgeBase.Search.SearchDocument> docs)
    {
        using var surface = new SurfaceAnalyzer();
        var frequency = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var words = doc.Keywords.Concat(doc.TermText).Append(doc.Title).Append(doc.Summary).Append(doc.Body)
                .SelectMany(text => TokenList.Of(surface, text)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
            Assert.True(words.Count > 0, doc.Slug);
            foreach (string word in words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        return [.. frequency.Select(f => (f.Key, f.Value))];
    }
}
