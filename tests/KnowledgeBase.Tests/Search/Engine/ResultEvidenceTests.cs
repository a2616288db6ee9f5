using System.Text.Json;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Engine;

/// <summary>A result carries its entry's evidence level, so a results page draws the evidence scale as the entry's card does.</summary>
public sealed class ResultEvidenceTests
{
    [Fact]
    public void Search_EachHitCarriesItsEntrysEvidenceLevel_OrNull_InTheJsonToo()
    {
        var proven = TinyIndex.Doc("arches", "Metal detector arches", "Knife arches at stations.") with { Evidence = "evaluated" };
        var unknown = TinyIndex.Doc("wands", "Search wands", "Knife wands at stations.");
        using var index = new TinyIndex([proven, unknown]);

        var response = index.Engine.Search(new SearchRequest("knife stations"));
        Assert.Equal("evaluated", response.Results.Single(r => r.Slug == "arches").Evidence);
        Assert.Null(response.Results.Single(r => r.Slug == "wands").Evidence);

        using var json = JsonDocument.Parse(SearchResponseJson.ToJson(response));
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("slug").GetString()!, r => r.GetProperty("evidence"));
        Assert.Equal("evaluated", results["arches"].GetString());
        Assert.Equal(JsonValueKind.Null, results["wands"].ValueKind);
    }
}
