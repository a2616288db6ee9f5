using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Content.Sources;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Content;

/// <summary>The real source documents split into the paragraphs their authors numbered, and every citation in content/ resolving to one.</summary>
public sealed class SourceTextTests
{
    private static readonly SourceLibrary Library = Load();

    [Theory]
    [InlineData("MPS response", "", 52)]
    [InlineData("Violence in London", "", 47)]
    [InlineData("Violence in London", "Race and equality impact", 4)]
    [InlineData("Violence in London", "Financial implications", 2)]
    public void Parse_FindsEveryParagraphOnceAndInOrder(string document, string section, int count)
    {
        var numbers = Library.Find(document)!.Blocks.Where(b => b.Section == section && b.Number is not null).Select(b => b.Number!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, count), numbers);
    }

    [Theory]
    [InlineData("MPS response", "", 1, "Gangs are part of the Criminal Network Continuum")]
    [InlineData("MPS response", "", 10, "SCD8, the Trident Boroughs and the Trident IAG held a planning day")]
    [InlineData("MPS response", "", 52, "The Serious and Organised Crime Prevention and Partnership Unit")]
    [InlineData("Violence in London", "", 24, "This proposal rests on better use of existing resources")]
    [InlineData("Violence in London", "", 43, "Following that briefing there will be a further meeting")]
    [InlineData("Violence in London", "Financial implications", 1, "The financial implications assessed at this time")]
    public void Parse_StartsEachParagraphWithItsOwnText(string document, string section, int number, string start)
    {
        Assert.StartsWith(start, Library.Find(document)!.Find(section, number)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeepsAParagraphsLaterLines_ButNotTheNextHeading()
    {
        var mps = Library.Find("MPS response")!;
        Assert.Contains("young people.", mps.Find("", 10)!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trident Prevention", mps.Find("", 9)!.Text, StringComparison.Ordinal);
        Assert.Contains("Target 81%", Library.Find("Violence in London")!.Find("", 11)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCitationInTheRealContent_ResolvesToExistingParagraphs()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(Repository.Root, "content", diagnostics);
        SourceCitationChecker.Check(content.Entries, Library, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        var unresolved = content.Entries.SelectMany(e => e.Sources.Select(s => (e.Slug, s)))
            .Where(c => SourceCitationChecker.Resolve(c.s, Library) is null).ToList();
        Assert.Empty(unresolved);
    }

    private static SourceLibrary Load()
    {
        var diagnostics = new DiagnosticBag();
        var taxonomies = TaxonomyLoader.Parse(File.ReadAllText(Path.Combine(Repository.Root, "content", TaxonomyLoader.FileName)), "content/taxonomies.yml", diagnostics);
        var library = SourceLibrary.Load(Repository.Root, "content", taxonomies.Sources, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return library;
    }
}
