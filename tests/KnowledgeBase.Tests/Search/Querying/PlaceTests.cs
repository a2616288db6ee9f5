using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>A town or district an officer types is read as its borough (content/taxonomies.yml's aliases).</summary>
public sealed class PlaceTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Theory]
    [InlineData("Peckham", "Southwark")]
    [InlineData("Walthamstow", "Waltham Forest")]
    [InlineData("Stratford", "Newham")]
    public void ADistrict_FindsTheEntriesOfItsBorough(string place, string borough)
    {
        var byPlace = fixture.Engine.Search(new SearchRequest(place, 50));
        var byBorough = fixture.Engine.Search(new SearchRequest(borough, 50));

        Assert.NotEmpty(byPlace.Results);
        Assert.Null(byPlace.Message);
        Assert.Equal(byBorough.Results.Select(r => r.Slug).Order(), byPlace.Results.Select(r => r.Slug).Order());
    }
}
