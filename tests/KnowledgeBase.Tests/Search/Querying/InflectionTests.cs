using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>
/// A query word the index does not have may be another form of a word it does: KStem keeps "talks" and "picked"
/// whole, so "talk" and "pick" are other terms. Such a word is searched as the manual's form, without a correction.
/// </summary>
public sealed class InflectionTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Theory]
    [InlineData("talks", "talk")]
    [InlineData("picked", "pick")]
    [InlineData("stopped", "stop")]
    [InlineData("making", "make")]
    [InlineData("stopping", "stop")]
    [InlineData("parties", "party")]
    [InlineData("seriously", "serious")]
    [InlineData("easily", "easy")]
    public void Bases_TakeARegularEndingOff(string word, string expected) => Assert.Contains(expected, InflectedForms.Bases(word));

    [Theory]
    [InlineData("talk", "talks")]
    [InlineData("stop", "stopped")]
    [InlineData("party", "parties")]
    public void Forms_AddARegularEnding(string word, string expected) => Assert.Contains(expected, InflectedForms.Of(word));

    [Theory]
    [InlineData("the")]
    [InlineData("bus")]
    [InlineData("Talks")]
    public void Bases_LeaveShortOrCapitalisedWordsAlone(string word) => Assert.Empty(InflectedForms.Bases(word));

    [Fact]
    public void AWordTheManualWritesInAnotherForm_IsSearchedAsThatForm_WithoutACorrection()
    {
        // The manual says "talks" (school-presentations), never "talk"; "task" is one edit from "talk".
        var response = fixture.Engine.Search(new SearchRequest("talk"));

        Assert.Equal("school-presentations", response.Results[0].Slug);
        Assert.Null(response.Message);
        Assert.Contains("<mark>", response.Results[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordWithNoFormInTheManual_IsStillCorrected()
    {
        var response = fixture.Engine.Search(new SearchRequest("quadrent"));

        Assert.Equal("operation-quadrant", response.Results[0].Slug);
        Assert.Contains("searched for quadrant", response.Message, StringComparison.Ordinal);
    }
}
