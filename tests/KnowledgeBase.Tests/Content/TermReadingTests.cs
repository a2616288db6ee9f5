using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Tests.Content;

/// <summary>How a typed value that is no key is read: the terms it holds whole, or the ones it nearly spells.</summary>
public sealed class TermReadingTests
{
    private static readonly (string[] Words, string Term)[] LongestFirst =
    [
        (["kensington", "and", "chelsea"], "kensington-and-chelsea"),
        (["tower", "hamlets"], "tower-hamlets"),
        (["chelsea"], "chelsea-fc"),
        (["lambeth"], "lambeth"),
        (["southwark"], "southwark"),
    ];

    [Theory]
    [InlineData("lb southwark", "southwark")]
    [InlineData("lambeth and southwark", "lambeth southwark")]
    [InlineData("royal borough of kensington and chelsea", "kensington-and-chelsea")]
    [InlineData("tower hamlets borough", "tower-hamlets")]
    [InlineData("southwark", "")]
    [InlineData("north peckham", "")]
    public void Held_FindsEachKeyWhole_LongestFirst_NoTwoOnTheSameWords(string typed, string terms) =>
        Assert.Equal(terms.Split(' ', StringSplitOptions.RemoveEmptyEntries), TermReading.Held(LongestFirst, typed.Split(' ')));

    [Theory]
    [InlineData("hackny", "hackney")]
    [InlineData("lambteh", "lambeth")]
    [InlineData("haringey", "haringey")]
    [InlineData("bent", "")]
    [InlineData("barnett", "barnet")]
    public void Nearest_AllowsAnEditFromFiveLetters_AndNoneBelow(string typed, string terms) =>
        Assert.Equal(terms.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            TermReading.Nearest([("hackney", "hackney"), ("lambeth", "lambeth"), ("haringey", "haringey"), ("brent", "brent"), ("barnet", "barnet")], typed));
}
