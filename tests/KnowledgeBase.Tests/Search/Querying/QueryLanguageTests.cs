using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>The query language on a tiny index: words, phrases, prefixes, AND/OR/NOT, parentheses, filters.</summary>
public sealed class QueryLanguageTests : IDisposable
{
    private readonly TinyIndex index = new(
    [
        TinyIndex.Doc("blunt", "Operation Blunt", "The corporate response to knife crime among young people.", "programme", boroughs: ["lambeth"]),
        TinyIndex.Doc("trident", "Trident", "Investigates shootings with a lethal barrelled firearm in black communities.", "programme", boroughs: ["hackney"]),
        TinyIndex.Doc("schools", "Target-harden schools", "Keep knives and other weapons out of schools; young people feel safer.", boroughs: ["lambeth"]),
        TinyIndex.Doc("ppo", "Prolific and other Priority Offenders Scheme", "Manages prolific offenders.", "programme"),
        TinyIndex.Doc("select", "Select gang members as PPOs", "Put gang members on the scheme.", boroughs: ["hackney"]),
    ],
    new SearchLexicon(
        [new GlossaryTerm("PPO", "Prolific and other Priority Offenders")],
        [["gun", "firearm", "shooting", "lethal barrelled weapon"], ["knife", "blade", "bladed article", "stabbing"]],
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["borough"] = new Dictionary<string, string> { ["lambeth"] = "Lambeth", ["hackney"] = "Hackney" },
        }));

    [Fact]
    public void PlainWords_EntriesWithAllOfThemRankFirst() => Assert.Equal("schools", index.Slugs("knives weapons")[0]);

    [Fact]
    public void AWordTypedTwice_CountsOnce()
    {
        // "boroughs" twice would double a title that has the word over one that has the query's other word.
        using var twice = new TinyIndex(
        [
            TinyIndex.Doc("gold", "Borough Gold Groups", "Community engagement after shootings, outside Trident's remit."),
            TinyIndex.Doc("trident", "Trident", "Investigates shootings; five boroughs are designated as its own."),
            TinyIndex.Doc("blunt", "Operation Blunt", "The corporate response to knife crime."),
            TinyIndex.Doc("schools", "Target-harden schools", "Keep knives out of schools."),
            TinyIndex.Doc("ppo", "Prolific offenders", "Manages prolific offenders."),
        ],
        SearchLexicon.Empty);
        Assert.Equal("trident", twice.Slugs("which boroughs are Trident boroughs")[0]);
        Assert.Equal(twice.Slugs("boroughs trident"), twice.Slugs("boroughs trident boroughs trident"));
    }

    [Fact]
    public void ExplicitAnd_MustAllMatch() => Assert.Equal(["schools"], index.Slugs("knives AND weapons"));

    [Fact]
    public void QuotedPhrase_MatchesOnlyAdjacentWords() => Assert.Equal(["blunt"], index.Slugs("\"knife crime\""));

    [Fact]
    public void Prefix_MatchesWordsStartingWithIt() => Assert.Contains("trident", index.Slugs("shoot*"));

    [Fact]
    public void Or_MatchesEither() => Assert.Equal(["blunt", "trident"], index.Slugs("corporate OR shootings").Order());

    [Fact]
    public void NotAndMinus_Exclude()
    {
        Assert.DoesNotContain("schools", index.Slugs("knife NOT weapons"));
        Assert.DoesNotContain("schools", index.Slugs("knife -weapons"));
        Assert.Contains("blunt", index.Slugs("knife -weapons"));
    }

    [Fact]
    public void Parentheses_Group() => Assert.Equal(["blunt"], index.Slugs("(corporate OR shootings) knife"));

    [Fact]
    public void Synonym_FindsTheEntryRankedBelowExactWord()
    {
        var slugs = index.Slugs("gun");
        Assert.Equal("trident", slugs[0]);
        var stab = index.Engine.Search(new SearchRequest("blade"));
        Assert.Equal(["blunt", "schools"], stab.Results.Select(r => r.Slug).Order());
    }

    [Fact]
    public void Acronym_ExpandsBothWays()
    {
        Assert.Equal(["ppo", "select"], index.Slugs("PPO").Order());
        Assert.Contains("select", index.Slugs("prolific priority offenders"));
    }

    [Fact]
    public void Misspelling_IsCorrected_WithAMessage()
    {
        var response = index.Engine.Search(new SearchRequest("tridnet"));
        Assert.Equal("trident", response.Results[0].Slug);
        Assert.Contains("trident", response.Message);
    }

    [Fact]
    public void Filter_ByBoroughSlugOrName_Restricts()
    {
        Assert.Equal(["schools"], index.Slugs("knife borough:lambeth kind:option"));
        Assert.Equal(["blunt", "schools"], index.Slugs("knife borough:Lambeth").Order());
        Assert.Equal(["select"], index.Slugs("gang", new Dictionary<string, IReadOnlyList<string>> { ["borough"] = ["hackney"] }));
    }

    [Fact]
    public void Filter_WithUnknownValue_ListsAllowedValues()
    {
        var response = index.Engine.Search(new SearchRequest("knife borough:atlantis"));
        Assert.Contains("Allowed values: hackney, lambeth", response.Message);
        Assert.NotEmpty(response.Results);
    }

    [Theory]
    [InlineData("knife borough:\"LB Lambeth\"", "The borough \"LB Lambeth\" was read as Lambeth.", "blunt schools")]
    [InlineData("gang borough:hackny", "The borough \"hackny\" was read as Hackney.", "select")]
    [InlineData("knife OR gang borough:\"Lambeth and Hackney\"", "The borough \"Lambeth and Hackney\" was read as Hackney and Lambeth.", "blunt schools select")]
    public void AFilterValueNotOneOfTheFacets_IsReadAsTheMenuReadsIt_AndTheAnswerSaysSo(string query, string message, string slugs)
    {
        var response = index.Engine.Search(new SearchRequest(query));

        Assert.Equal(message, response.Message);
        Assert.Equal(slugs.Split(' '), response.Results.Select(r => r.Slug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FilterOnly_ListsEverythingInTheFacet() => Assert.Equal(3, index.Engine.Search(new SearchRequest("kind:programme")).Total);

    [Fact]
    public void Facets_CountAllMatches()
    {
        var response = index.Engine.Search(new SearchRequest("knife", 1));
        Assert.Equal(2, response.Total);
        Assert.Contains(response.Facets["kind"], f => f is { Value: "option", Count: 1 });
        Assert.Contains(response.Facets["borough"], f => f is { Value: "lambeth", Name: "Lambeth", Count: 2 });
    }

    [Fact]
    public void NoWordMatchingAll_FallsBackToSomeWords_WithAMessage()
    {
        var response = index.Engine.Search(new SearchRequest("trident xylophone"));
        Assert.Equal("trident", response.Results[0].Slug);
        Assert.NotNull(response.Message);
    }

    [Fact]
    public void Snippet_MarksMatchedWords() =>
        Assert.Contains("<mark>knife</mark>", index.Engine.Search(new SearchRequest("knife")).Results.First(r => r.Slug == "blunt").Snippet);

    public void Dispose() => index.Dispose();
}
