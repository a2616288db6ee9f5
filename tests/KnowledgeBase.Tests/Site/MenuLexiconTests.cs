using KnowledgeBase.Menu;
using KnowledgeBase.Search;
using KnowledgeBase.Site;

namespace KnowledgeBase.Tests.Site;

/// <summary>The words a menu term borrows from the search lexicon.</summary>
public sealed class MenuLexiconTests
{
    private static readonly MenuVocabulary Audiences = new("audiences", "Audiences", "Audience",
    [
        new MenuTerm("young-people", "Young people", ["youth", "pupils"]),
        new MenuTerm("schools", "Schools", ["pupils", "teachers"]),
    ]);

    private static MenuVocabulary Expanded(params IReadOnlyList<string>[] synonyms) =>
        MenuLexicon.Expand([Audiences], new SearchLexicon([], synonyms, new Dictionary<string, IReadOnlyDictionary<string, string>>()))[0];

    private static IEnumerable<string> AliasesOf(MenuVocabulary vocabulary, string slug) => vocabulary.Terms.Single(t => t.Slug == slug).Aliases;

    [Fact]
    public void Term_BorrowsTheOtherMembersOfASynonymGroupItsWordsBelongTo()
    {
        var expanded = Expanded(["youth", "kids", "youngsters"]);

        Assert.Contains("kids", AliasesOf(expanded, "young-people"));
        Assert.Contains("youngsters", AliasesOf(expanded, "young-people"));
        Assert.DoesNotContain("kids", AliasesOf(expanded, "schools"));
    }

    [Fact]
    public void Term_NeverBorrowsAnotherTermsOwnWords_ThroughAnAliasTheyShare()
    {
        // "pupils" belongs to both terms: its group must not hand the schools' "teachers" to young people, nor young
        // people's name and "youth" to schools.
        var expanded = Expanded(["pupils", "teachers", "schoolchildren"], ["pupils", "young people", "youth"]);

        Assert.DoesNotContain("teachers", AliasesOf(expanded, "young-people"));
        Assert.DoesNotContain("young people", AliasesOf(expanded, "schools"));
        Assert.DoesNotContain("youth", AliasesOf(expanded, "schools"));
        Assert.Contains("schoolchildren", AliasesOf(expanded, "schools"));
        Assert.Equal("schools", new VocabularyResolver(expanded).Resolve("teachers"));
    }
}
