using KnowledgeBase.Diagrams;
using Xunit;

namespace KnowledgeBase.Tests.Diagrams;

public sealed class TextFitTests
{
    [Theory]
    [InlineData("Violent Crime Operations Board", 120, 3)]
    [InlineData("Multi-Agency Public Protection Arrangements (MAPPA)", 134, 3)]
    [InlineData("Deconflict operations and share intelligence through a Gold Group", 134, 3)]
    [InlineData("Supercalifragilisticexpialidociousnessofeverything", 80, 2)]
    public void Wrap_KeepsEveryLineWithinTheWidth_AndNoMoreLinesThanAllowed(string text, int width, int maxLines)
    {
        var fitted = TextFit.Wrap(text, width, 13, maxLines);

        Assert.InRange(fitted.Lines.Length, 1, maxLines);
        Assert.All(fitted.Lines, line => Assert.True(TextFit.Width(line, 13) <= width, $"'{line}' is wider than {width}"));
    }

    [Fact]
    public void Wrap_TextThatFits_KeepsEveryWord()
    {
        var fitted = TextFit.Wrap("Guns, Gangs and Weapons Reduction Board (GGW RB)", 152, 13, 3);

        Assert.False(fitted.Truncated);
        Assert.Equal("Guns, Gangs and Weapons Reduction Board (GGW RB)", string.Join(" ", fitted.Lines));
        Assert.True(fitted.Lines.Length > 1);
    }

    [Theory]
    [InlineData("Task intelligence requirements through the Violence Intelligence Cell")]
    [InlineData("Proactive targeting and arrest of potentially dangerous persons")]
    public void Wrap_TextThatDoesNotFit_EndsWithAnEllipsisAfterAWholeWord(string text)
    {
        var fitted = TextFit.Wrap(text, 134, 13, 3);

        // The words shown are the title's first words, whole: a screen reader's name for the box starts with them.
        Assert.True(fitted.Truncated);
        Assert.EndsWith(TextFit.Ellipsis, fitted.Lines[^1], StringComparison.Ordinal);
        var shown = string.Join(" ", fitted.Lines)[..^1].Split(' ');
        Assert.Equal(text.Split(' ').Take(shown.Length), shown);
    }

    [Fact]
    public void Width_OfWideLetters_IsMoreThanOfNarrowOnes() =>
        Assert.True(TextFit.Width("WWW", 13) > 2 * TextFit.Width("iii", 13));
}
