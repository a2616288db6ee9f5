using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>Unit codes ("SCD8", "CO14") typed with a space, or absent from the manual, on the real manual's index.</summary>
public sealed class CodeWordTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Theory]
    [InlineData("SCD 8", "SCD8")]
    [InlineData("co 14", "CO14")]
    [InlineData("who runs SCD 8?", "who runs SCD8?")]
    public void ACodeTypedAsTwoWords_FindsWhatTheCodeFinds(string spaced, string written) =>
        Assert.Equal(Slugs(written), Slugs(spaced));

    [Fact]
    public void LettersAndANumber_TheManualDoesNotJoin_StayTwoWords()
    {
        // "blunt2" is no word of the manual: the query is Operation Blunt and the number 2, not a code to report.
        var response = fixture.Engine.Search(new SearchRequest("Operation Blunt 2"));
        Assert.Equal("operation-blunt", response.Results[0].Slug);
        Assert.DoesNotContain("blunt2", response.Message ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ACodeTheManualLacks_IsReported_NotCorrected()
    {
        var response = fixture.Engine.Search(new SearchRequest("CO19"));
        Assert.Empty(response.Results);
        Assert.Equal("No entry has \"CO19\".", response.Message);
    }

    private List<string> Slugs(string query) => [.. fixture.Engine.Search(new SearchRequest(query, 10)).Results.Select(r => r.Slug)];
}
