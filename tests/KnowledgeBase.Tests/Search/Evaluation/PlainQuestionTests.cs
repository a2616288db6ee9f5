using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>
/// Plain-English questions on the real manual find their entry first, as they are typed: question words are not
/// required, a repeated word counts once, and a word of ordinary English the manual does not use ("feud") is read
/// through the lexicon rather than corrected into a different word.
/// </summary>
public sealed class PlainQuestionTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Theory]
    [InlineData("which boroughs are Trident boroughs", "trident")]
    // The mediation service (MATS) and its option both say where mediators are: either answers, the other second.
    [InlineData("where do I find mediators for a gang feud", "mats mediation-and-mentoring")]
    [InlineData("who sits on the Operations Board", "vcd-operations-board")]
    // Not a question, but Trident never says "list": of three words one may be missing.
    [InlineData("list of trident boroughs", "trident")]
    // "stolen" is no word of the manual and not a typo; the mobile phone unit works London-wide, not in Southwark.
    [InlineData("stolen phones in Peckham", "national-mobile-phone-crime-unit")]
    public void Question_FindsItsEntryFirst_WithoutCorrectingItsWords(string question, string answers)
    {
        var response = fixture.Engine.Search(new SearchRequest(question));
        var expected = answers.Split(' ');
        Assert.Equal(expected.Order(StringComparer.Ordinal), response.Results.Take(expected.Length).Select(r => r.Slug).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("searched for", response.Message ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    // "knife" alone means what "knife crime" means (the lexicon groups them): the entry titled "Anti-knife education"
    // matches it as typed, not as a synonym, and comes before one that only mentions knife crime beside its schools.
    [InlineData("knife crime in schools", "anti-knife-education")]
    public void AWordOfALexiconPhrase_ThatMeansTheSameAlone_CountsAsTyped(string query, string answer) =>
        Assert.Equal(answer, fixture.Engine.Search(new SearchRequest(query)).Results[0].Slug);

    [Theory]
    // The GGW board's page names the partnership it reports to; the question's words name the board.
    [InlineData("who does the ggw board report to", "london-community-safety-partnership ggw-reduction-board")]
    // The VCD is governed by both boards, in that order; the option, by the Operations Board, whether or not it matches.
    [InlineData("who is the VCD accountable to", "vcd-strategic-board vcd-operations-board violent-crime-directorate")]
    [InlineData("who oversees anti-knife education", "vcd-operations-board anti-knife-education")]
    // Not a reporting line: the board itself answers.
    [InlineData("what does the ggw board do", "ggw-reduction-board")]
    public void AQuestionAboutAReportingLine_IsAnsweredByTheBodyItReportsTo(string question, string answers)
    {
        var response = fixture.Engine.Search(new SearchRequest(question, 10));

        Assert.Equal(answers.Split(' '), response.Results.Take(answers.Split(' ').Length).Select(r => r.Slug));
    }

    [Fact]
    public void AQuestionFewEntriesAnswerWhole_FallsBackToFewerOfItsWords()
    {
        // Two of "refer", "someone" and "MATS" were required, and only the gang exit option has them: MATS itself,
        // which has only its name, is shown too, with the message that says why.
        var response = fixture.Engine.Search(new SearchRequest("how do I refer someone to MATS", 10));

        Assert.Contains("mats", response.Results.Take(3).Select(r => r.Slug));
        Assert.Contains("entries with most of them are shown too", response.Message ?? string.Empty, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's trident?", "what is trident?")]
    [InlineData("who's on the trident iag", "who is on the trident iag")]
    public void AContractedQuestionWord_IsStillAQuestionWord(string contracted, string written)
    {
        // "what's" is "what" to the analyzer: once it was a required word that every entry has, and answered all 75.
        var a = fixture.Engine.Search(new SearchRequest(contracted, 10));
        var b = fixture.Engine.Search(new SearchRequest(written, 10));
        Assert.Equal(b.Total, a.Total);
        Assert.Equal(b.Results.Select(r => r.Slug), a.Results.Select(r => r.Slug));
    }
}
