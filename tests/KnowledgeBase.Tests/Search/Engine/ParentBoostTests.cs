using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Engine;

/// <summary>A programme whose own work matches best answers the query too: the first results lend it a share of their scores.</summary>
public sealed class ParentBoostTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void AProgrammeWhoseOptionsMatchBest_ComesFirst_ForItsTopic()
    {
        // "knife" is in both options' titles, not in the programme's: Operation Blunt leads and uses both.
        var results = fixture.Engine.Search(new SearchRequest("knife")).Results;

        Assert.Equal("operation-blunt", results[0].Slug);
        Assert.Equal(["anti-knife-education", "target-knife-carriers"], results.Skip(1).Take(2).Select(r => r.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EachResultLendsItsShare_OnlyToTheResultsItNames_WithinTheWindow()
    {
        // Documents 10 and 11 name 12 as their lead; 13 names a document that did not match.
        List<(int Doc, double Score)> ranked = [(10, 10.0), (11, 9.0), (12, 5.0), (13, 4.0), (14, 3.0)];
        int[] Parents(int doc) => doc switch { 10 or 11 => [12], 13 => [99], _ => [] };

        var boosted = ParentBoost.Apply(ranked, Parents);

        Assert.Equal([12, 10, 11, 13, 14], boosted.Select(r => r.Doc));
        Assert.Equal(5.0 + (ParentBoost.Share * 19.0), boosted[0].Score, 6);
        Assert.Equal([10.0, 9.0, 4.0, 3.0], boosted.Skip(1).Select(r => r.Score));
    }

    [Fact]
    public void AResultPastTheWindow_NeitherLendsNorReceives()
    {
        var ranked = Enumerable.Range(0, ParentBoost.Window + 2).Select(i => (Doc: i, Score: 100.0 - i)).ToList();
        // The last names the first; the first names the last.
        int last = ranked[^1].Doc;
        int[] Parents(int doc) => doc == last ? [0] : doc == 0 ? [last] : [];

        var boosted = ParentBoost.Apply(ranked, Parents);

        Assert.Equal(ranked, boosted);
    }
}
