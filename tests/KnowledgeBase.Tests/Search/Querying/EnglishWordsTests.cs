using KnowledgeBase.Search;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>A word of English the manual does not use is searched as typed, never "corrected" to another word.</summary>
public sealed class EnglishWordsTests : IDisposable
{
    private readonly TinyIndex index = new(
    [
        TinyIndex.Doc("walls", "Stone walls", "A person builds walls of stone round the estate.", "option"),
        TinyIndex.Doc("mobiles", "Mobile phone crime", "Phones taken in street robbery are traced.", "programme"),
    ],
    SearchLexicon.Empty);

    [Theory]
    [InlineData("stolen")]
    [InlineData("prison")]
    [InlineData("scared")]
    [InlineData("colour")]
    [InlineData("color")]
    public void CommonWords_AreEnglish(string word) => Assert.True(EnglishWords.Contains(word));

    [Theory]
    [InlineData("tridnet")]
    [InlineData("stonne")]
    [InlineData("recieve")]
    [InlineData("independant")]
    public void Misspellings_AreNot(string word) => Assert.False(EnglishWords.Contains(word));

    [Fact]
    public void Decode_RebuildsEachWordFromTheOneBefore() =>
        Assert.Equal(["aardvark", "aardvarks", "abacus", "abacuses"], EnglishWords.Decode("0aardvark8s1bacus6es"));

    [Fact]
    public void TheList_IsSortedAndWhole()
    {
        var words = EnglishWords.Decode(EnglishWords.Coded.Value).ToList();
        Assert.True(words.Count > 60_000);
        Assert.Equal(words.Order(StringComparer.Ordinal), words);
        Assert.All(words, w => Assert.Matches("^[a-z]+$", w));
    }

    [Fact]
    public void AWordOfEnglish_IsSearchedAsTyped_NotCorrected()
    {
        // "stolen" is two edits from "stone": once it was "corrected", and "stolen phones" found the walls.
        var response = index.Engine.Search(new SearchRequest("stolen"));
        Assert.Empty(response.Results);
        Assert.Equal("No entry has \"stolen\".", response.Message);
        Assert.Equal(["mobiles"], index.Slugs("stolen phones"));
    }

    [Fact]
    public void AMisspelling_IsStillCorrected()
    {
        var response = index.Engine.Search(new SearchRequest("stonne"));
        Assert.Equal("walls", response.Results[0].Slug);
        Assert.Contains("stone", response.Message, StringComparison.Ordinal);
    }

    public void Dispose() => index.Dispose();
}
