using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Profiles;

public sealed class ProfileTests
{
    private static readonly MenuProfileParser Parser = new(ManualMenu.Catalog);

    [Theory]
    [InlineData("boroughs", "Brixton", "lambeth")]
    [InlineData("boroughs", "Kingston upon Thames", "kingston-upon-thames")]
    [InlineData("boroughs", "TOTTENHAM", "haringey")]
    [InlineData("crime_types", "knife crime", "knives")]
    [InlineData("crime_types", "Gun-enabled crime", "guns")]
    [InlineData("needs", "intel", "intelligence")]
    [InlineData("audiences", "youth clubs", "youth-services")]
    [InlineData("communities", "Turkish", "turkish-kurdish-cypriot")]
    [InlineData("gang_types", "OCGs", "organised-criminal-networks")]
    // Values as commanders type them, found by asking the menu outside its evaluation sets.
    [InlineData("gang_types", "organised crime", "organised-criminal-networks")]
    [InlineData("crime_types", "youth violence", "serious-violence")]
    [InlineData("communities", "Black Caribbean", "black-communities")]
    [InlineData("communities", "Muslim", "faith-communities")]
    // "pupils" belongs to young people and to schools: the schools' own "teachers" is not lent to young people.
    [InlineData("audiences", "teachers", "schools")]
    [InlineData("audiences", "pupil referral units", "schools")]
    public void NamesAndAliases_NormaliseToSlugs(string facet, string value, string slug)
    {
        var result = Parser.Parse(MenuProfile.Empty.With(facet, [value]));

        Assert.True(result.IsValid, result.Message);
        Assert.Equal([slug], result.Profile.TermsOf(facet).ToArray());
    }

    [Theory]
    [InlineData("audiences", "communities", "local-communities", "'communities' read as Local communities")]
    [InlineData("crime_types", "stabbings", "knives", "'stabbings' read as Knife-enabled crime")]
    [InlineData("needs", "prevent", "prevention", "'prevent' read as Prevention")]
    [InlineData("boroughs", "Hackny", "hackney", "'Hackny' read as Hackney")]
    [InlineData("communities", "black", "black-communities", "'black' read as Black communities")]
    public void PartialAliasOrNearValues_Resolve_AndTheAnswerSaysHowEachWasRead(string facet, string value, string slug, string reading)
    {
        var answer = Engines.Bm25.Recommend(MenuProfile.Empty.With(facet, [value]), 5);

        Assert.Null(answer.Message);
        Assert.Equal([slug], answer.Profile.TermsOf(facet).ToArray());
        Assert.Equal([reading], answer.Readings.ToArray());
    }

    [Theory]
    [InlineData("boroughs", "LB Southwark", "'LB Southwark' read as Southwark", "southwark")]
    [InlineData("boroughs", "Royal Borough of Kensington and Chelsea", "'Royal Borough of Kensington and Chelsea' read as Kensington and Chelsea", "kensington-and-chelsea")]
    [InlineData("boroughs", "Lambeth and Southwark", "'Lambeth and Southwark' read as Lambeth and Southwark", "lambeth", "southwark")]
    [InlineData("needs", "prevention and enforcement", "'prevention and enforcement' read as Prevention and Enforcement", "prevention", "enforcement")]
    public void LongerValues_AreReadAsTheTermsTheyNameWhole(string facet, string value, string reading, params string[] slugs)
    {
        var answer = Engines.Bm25.Recommend(MenuProfile.Empty.With(facet, [value]), 5);

        Assert.Null(answer.Message);
        Assert.Equal(slugs, answer.Profile.TermsOf(facet).ToArray());
        Assert.Equal([reading], answer.Readings.ToArray());
    }

    [Fact]
    public void AnAliasInsideALongerValue_DoesNotNameItsTerm()
    {
        // "City" is the City of London's alias; the value names Westminster, whose name it holds whole.
        var result = Parser.Parse(new MenuProfile { Boroughs = ["the City of Westminster"] });

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(["westminster"], result.Profile.Boroughs.ToArray());
    }

    [Theory]
    [InlineData("Hammersmith & Fulham", "hammersmith-and-fulham")]
    [InlineData("Barking&Dagenham", "barking-and-dagenham")]
    public void AnAmpersand_IsReadAsAnd(string value, string slug)
    {
        var result = Parser.Parse(new MenuProfile { Boroughs = [value] });

        Assert.True(result.IsValid, result.Message);
        Assert.Equal([slug], result.Profile.Boroughs.ToArray());
        Assert.Empty(result.Readings);
    }

    [Fact]
    public void SlugsAndDisplayNames_AreNotNotedAsReadings()
    {
        var result = Parser.Parse(new MenuProfile { Boroughs = ["Croydon"], Needs = ["prevention"] });

        Assert.True(result.IsValid);
        Assert.Empty(result.Readings);
    }

    [Fact]
    public void AmbiguousValue_IsAProblem_ListingTheTermsItCouldMean()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { CrimeTypes = ["crime"] }, 5);

        Assert.Empty(answer.Options);
        Assert.Contains("The crime type 'crime' could mean ", answer.Message);
        Assert.Contains("guns (Gun-enabled crime)", answer.Message);
        Assert.Contains("hate-crime (Hate crime)", answer.Message);
        Assert.Contains("Allowed crime types: guns, knives", answer.Message);
    }

    [Fact]
    public void UnknownNeed_ListsTheAllowedNeeds()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["policing"] }, 5);

        Assert.Empty(answer.Options);
        Assert.Contains("Unknown need 'policing'.", answer.Message);
        Assert.Contains("Allowed needs: intelligence, prevention, enforcement", answer.Message);
    }

    [Fact]
    public void MisspeltBorough_SuggestsTheClosest_AndListsEveryBorough()
    {
        // Two edits from "lambeth": too far to be read as it, near enough to suggest it.
        var result = Parser.Parse(new MenuProfile { Boroughs = ["Lmbeht"] });

        Assert.False(result.IsValid);
        Assert.Contains("Did you mean 'lambeth'?", result.Message);
        Assert.Contains("westminster", result.Message);
    }

    [Fact]
    public void SeveralProblems_AreReportedTogether()
    {
        var result = Parser.Parse(new MenuProfile { Needs = ["policing"], CrimeTypes = ["fraud"], Focus = ["offenders"] });

        Assert.Equal(2, result.Problems.Length);
    }

    [Fact]
    public void CliStyleFields_AreAccepted_AndUnknownFieldsReported()
    {
        var result = Parser.Parse(new Dictionary<string, IReadOnlyList<string>>
        {
            ["need"] = ["prevention,enforcement"],
            ["crime-type"] = ["knives"],
            ["text"] = ["school gates"],
            ["colour"] = ["blue"],
        });

        Assert.Equal(["prevention", "enforcement"], result.Profile.Needs.ToArray());
        Assert.Equal("school gates", result.Profile.Text);
        Assert.Contains("Unknown profile field 'colour'", result.Message);
    }

    [Fact]
    public void EmptyProfile_GetsADefaultMenu_WithEveryNeedSideBySide()
    {
        var answer = Engines.Bm25.Recommend(MenuProfile.Empty, 6);

        Assert.Null(answer.Message);
        Assert.Equal(["intelligence", "prevention", "enforcement"], answer.Groups.Select(g => g.Need));
        Assert.Equal(6, answer.Options.Length);
        Assert.Equal(3, answer.Options.Take(3).Select(o => o.Group).Distinct().Count());
        Assert.All(answer.Options, o => Assert.NotEmpty(o.Reasons));
    }

    [Fact]
    public void ZeroLimit_IsAProblem_NotAnException()
    {
        var answer = Engines.Bm25.Recommend(MenuProfile.Empty, 0);

        Assert.Contains("at least 1", answer.Message);
    }
}
