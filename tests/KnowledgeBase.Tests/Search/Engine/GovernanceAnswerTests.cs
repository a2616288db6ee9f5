using KnowledgeBase.Search.Engine;

namespace KnowledgeBase.Tests.Search.Engine;

/// <summary>A question about a reporting line is answered by the bodies the best match reports to or is governed by.</summary>
public sealed class GovernanceAnswerTests
{
    // The second value is whether the query builder reads the query as a question (a question word first, or "?" last).
    [Theory]
    [InlineData("who does the ggw board report to", true, true)]
    [InlineData("Who is the VCD ACCOUNTABLE TO?", true, true)]
    [InlineData("which board is Jigsaw governed by", true, true)]
    [InlineData("who oversees operation blunt", true, true)]
    [InlineData("who answers to the strategic board", true, true)]
    [InlineData("what does the ggw board do", true, false)]
    [InlineData("reporting crime", false, false)]
    [InlineData("ggw board report to", false, true)]
    [InlineData("a report to parliament on knives", false, false)]
    public void Asks_ReadsAReportingLineQuestion(string query, bool question, bool asks) => Assert.Equal(asks, GovernanceAnswer.Asks(query, question));

    [Fact]
    public void TheBestMatchsGovernors_ComeFirst_InItsOrder_AtItsScore_MatchedOrNot()
    {
        // Document 10 reports to 30 (not among the results) and is governed by 12 (third).
        List<(int Doc, double Score)> ranked = [(10, 9.0), (11, 7.0), (12, 5.0), (13, 4.0)];
        int[] Governors(int doc) => doc == 10 ? [30, 12] : doc == 11 ? [13] : [];

        var answer = GovernanceAnswer.Apply(ranked, Governors);

        Assert.Equal([30, 12, 10, 11, 13], answer.Select(r => r.Doc));
        Assert.Equal([9.0, 9.0, 9.0, 7.0, 4.0], answer.Select(r => r.Score));
    }

    [Fact]
    public void ABestMatchWithNoGovernors_LeavesTheRankingAsItIs()
    {
        List<(int Doc, double Score)> ranked = [(10, 9.0), (11, 7.0)];

        Assert.Same(ranked, GovernanceAnswer.Apply(ranked, doc => doc == 11 ? [10] : []));
        Assert.Empty(GovernanceAnswer.Apply([], _ => [1]));
    }
}
