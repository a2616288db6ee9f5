using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Tests.Search.Analysis;

public sealed class AnalyzerTests
{
    private readonly TextAnalyzer analyzer = new();

    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consolatory", "consolatori")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("generously", "generous")]
    [InlineData("agreed", "agre")]
    [InlineData("dying", "die")]
    [InlineData("stabbings", "stab")]
    [InlineData("intelligence", "intellig")]
    public void Stem_FollowsPorter2(string word, string stem) => Assert.Equal(stem, EnglishStemmer.Stem(word));

    [Theory]
    [InlineData("knives", "knife")]
    [InlineData("wives", "wife")]
    [InlineData("people", "person")]
    [InlineData("children", "child")]
    [InlineData("women", "woman")]
    public void Term_OfIrregularPlural_IsTheSingularsTerm(string plural, string singular) =>
        Assert.Equal(analyzer.Term(singular), analyzer.Term(plural));

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
    public void Term_OfAmericanSpelling_IsTheBritishTerm(string american, string british) =>
        Assert.Equal(analyzer.Term(british), analyzer.Term(american));

    [Fact]
    public void Tokenize_FoldsCaseAndAccents_AndDropsPossessives()
    {
        var tokens = analyzer.Tokenize("Café ÅNGSTRÖM London’s don't ß");
        Assert.Equal(["cafe", "angstrom", "london", "dont", "ss"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_MarksHyphenatedCompounds()
    {
        var tokens = analyzer.Tokenize("anti-knife work");
        Assert.Equal([false, true, false], tokens.Select(t => t.Hyphenated));
    }

    [Fact]
    public void Tokenize_SkipsEmojiControlCharactersAndGarbageRuns()
    {
        var tokens = analyzer.Tokenize("knife\u0000😀gun " + new string('x', 500));
        Assert.Equal(["knife", "gun"], tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("tridnet", "trident", 1)]
    [InlineData("saphire", "sapphire", 1)]
    [InlineData("knife", "knife", 0)]
    [InlineData("abcdef", "uvwxyz", 3)]
    public void EditDistance_CountsSwapsAsOneEdit(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, 2));
}
