using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Tests.Search.Analysis;

public sealed class AnalyzerTests
{
    private static readonly LexiconAnalysis Lexicon = LexiconAnalysis.From(new SearchLexicon(
        [new GlossaryTerm("PPO", "Prolific and other Priority Offenders"), new GlossaryTerm("CO", "Central Operations")],
        [["gun", "firearm", "lethal barrelled weapon"]],
        new Dictionary<string, IReadOnlyDictionary<string, string>>()));

    private readonly ManualAnalyzer index = new(Lexicon, query: false);
    private readonly ManualAnalyzer query = new(Lexicon, query: true);

    private List<string> Terms(string text, ManualAnalyzer? analyzer = null) => [.. TokenList.Of(analyzer ?? index, text).Select(t => t.Term)];

    private string Term(string word) => Assert.Single(Terms(word), t => !ConceptTokens.IsConcept(t));

    [Theory]
    [InlineData("knives", "knife")]
    [InlineData("stabbings", "stabbing")]
    [InlineData("children", "child")]
    [InlineData("boroughs", "borough")]
    [InlineData("women", "woman")]
    public void Term_OfPlural_IsTheSingularsTerm(string plural, string singular) => Assert.Equal(Term(singular), Term(plural));

    [Theory]
    [InlineData("organized", "organised")]
    [InlineData("organization", "organisation")]
    [InlineData("program", "programme")]
    [InlineData("programs", "programmes")]
    [InlineData("neighborhood", "neighbourhood")]
    [InlineData("behavior", "behaviour")]
    [InlineData("center", "centre")]
    [InlineData("focused", "focussed")]
    [InlineData("barreled", "barrelled")]
    [InlineData("offense", "offence")]
    [InlineData("analyze", "analyse")]
    [InlineData("prioritize", "prioritise")]
    public void Term_OfAmericanSpelling_IsTheBritishTerm(string american, string british) => Assert.Equal(Term(british), Term(american));

    [Fact]
    public void Analysis_FoldsCaseAndAccents_AndDropsPossessives() =>
        Assert.Equal(["cafe", "angstrom", "london", "don't"], Terms("Café ÅNGSTRÖM London’s don't"));

    [Fact]
    public void Analysis_KeepsCodesWhole_AndRemovesNoStopWords() =>
        Assert.Equal(["co14", "and", "scd8", "it", "us"], Terms("CO14 and SCD8 it us"));

    [Fact]
    public void Acronym_InItsWrittenCase_GetsItsConceptToken()
    {
        Assert.Contains("#acr:ppo", Terms("the PPO scheme"));
        Assert.Contains("#acr:co", Terms("CO runs it"));
        Assert.DoesNotContain("#acr:co", Terms("co-ordinate the work"));
    }

    [Fact]
    public void Acronym_InAQuery_MatchesInAnyCaseFromThreeLetters()
    {
        Assert.Contains("#acr:ppo", Terms("ppo", query));
        Assert.DoesNotContain("#acr:ppo", Terms("ppo"));
        Assert.DoesNotContain("#acr:co", Terms("co", query));
    }

    [Fact]
    public void AcronymExpansion_GetsTheAcronymsConceptToken_EvenInflected() =>
        Assert.Contains("#acr:ppo", Terms("prolific and other priority offender schemes"));

    [Fact]
    public void SynonymPhrase_GetsTheGroupsConceptToken_SpanningItsWords()
    {
        var tokens = TokenList.Of(index, "a lethal barreled weapon was found");
        var concept = Assert.Single(tokens, t => t.Term == "#syn:gun");
        Assert.Equal((1, 3), (concept.Position, concept.Span));
        Assert.Contains("#syn:gun", Terms("Firearms"));
    }

    [Fact]
    public void Analysis_SkipsControlCharactersAndEmoji() =>
        Assert.Equal(["knife", "gun", "#syn:gun"], Terms("knife\u0000😀gun"));

    [Theory]
    [InlineData("the")]
    [InlineData("Which")]
    [InlineData("how")]
    public void StopWord_InLowerOrTitleCase_IsAStopWord(string word) => Assert.True(StopWords.IsStopWord(word));

    [Theory]
    [InlineData("IT")]
    [InlineData("US")]
    [InlineData("knife")]
    [InlineData("CO14")]
    public void WordInCapitals_OrContentWord_IsNoStopWord(string word) => Assert.False(StopWords.IsStopWord(word));

    [Fact]
    public void RepeatedWords_AreAnalysedAsTheirFirstOccurrence_WithTheirOwnOffsets()
    {
        // Each distinct word goes through the per-word filters once; later occurrences replay what they made, and
        // must still carry their own position and offsets, also where the synonym filter looked ahead past them
        // ("BOCUs" is an acronym, so it has a second token, and it starts the phrase "BOCU commander", so the synonym
        // filter reads past it and restores other tokens before asking for that second token).
        var lexicon = LexiconAnalysis.From(new SearchLexicon(
            [new GlossaryTerm("BOCU", "Borough Operational Command Unit"), new GlossaryTerm("PPO", "Prolific and other Priority Offenders")],
            [["borough", "BOCU"], ["BOCU commander", "borough commander"], ["gun", "lethal barrelled weapon"]],
            new Dictionary<string, IReadOnlyDictionary<string, string>>()));
        const string text = "BOCUs have been advised to select PPOs; a lethal PPO, the BOCU and the borough. BOCUs have guns";
        var analyzer = new ManualAnalyzer(lexicon, query: false);
        var tokens = TokenList.Of(analyzer, text);
        var fresh = new ManualAnalyzer(lexicon, query: false);
        foreach (var token in tokens)
        {
            Assert.Contains(token.Term, TokenList.Of(fresh, text[token.Start..token.End]).Select(t => t.Term));
        }

        Assert.Equal(3, tokens.Count(t => t.Term == ConceptTokens.Acronym("BOCU")));
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.Start <= pair.Second.Start, $"{pair.First} then {pair.Second}"));
        Assert.Equal(TokenList.Of(fresh, text), TokenList.Of(analyzer, text));
    }
}
