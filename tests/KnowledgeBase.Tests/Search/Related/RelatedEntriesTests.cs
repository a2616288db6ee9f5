using System.Collections.Immutable;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Related;
using KnowledgeBase.Tests.Search.Support;
using Xunit;

namespace KnowledgeBase.Tests.Search.Related;

/// <summary>The related-entries stage over a small made-up index.</summary>
public sealed class RelatedEntriesTests
{
    private static readonly IReadOnlyDictionary<string, ImmutableArray<string>> NoPicks = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>
    /// Entries that share nothing but the summary every entry has, each with words of its own: enough of them that
    /// a word in three entries is still rare, and that the shared summary is too common to count.
    /// </summary>
    private static IEnumerable<SearchDocument> Unrelated(int count) =>
        Enumerable.Range(0, count).Select(i => TinyIndex.Doc($"filler-{i:D2}", $"Filler {Letters(i)}", $"Only {Letters(i)}quux appears here."));

    private static string Letters(int i) => $"{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}";

    private static IReadOnlyDictionary<string, ImmutableArray<string>> Find(IEnumerable<SearchDocument> docs,
        IReadOnlyDictionary<string, ImmutableArray<string>>? picks = null, int total = RelatedEntries.Total)
    {
        using var index = SearchIndexBuilder.Build([.. docs], SearchLexicon.Empty, "OFFICIAL");
        return RelatedEntries.Find(index, picks ?? NoPicks, total);
    }

    [Fact]
    public void SharedRareWords_FindTheOtherEntry_AndNothingThatSharesOnlyCommonWords()
    {
        var related = Find(Unrelated(10).Concat(
        [
            TinyIndex.Doc("arches", "Portable arches", "Walk-through metal detector arches at stations."),
            TinyIndex.Doc("wands", "Search wands", "Handheld metal detector wands, used beside the arches."),
        ]));

        Assert.Equal<string>(["wands"], related["arches"]);
        Assert.Equal<string>(["arches"], related["wands"]);
        Assert.Empty(related["filler-00"]);
    }

    [Fact]
    public void EditorsPicks_ComeFirst_InTheirOrder_ThenTheSuggestions()
    {
        var docs = Unrelated(10).Concat(
        [
            TinyIndex.Doc("arches", "Portable arches", "Walk-through metal detector arches at stations."),
            TinyIndex.Doc("wands", "Search wands", "Handheld metal detector wands, used beside the arches."),
        ]);
        var picks = new Dictionary<string, ImmutableArray<string>> { ["arches"] = ["filler-07", "filler-03"] };

        Assert.Equal<string>(["filler-07", "filler-03", "wands"], Find(docs, picks)["arches"]);
    }

    [Fact]
    public void EditorsPicks_AreAllKept_AndSuggestionsOnlyFillUpToTheTotal()
    {
        var docs = Unrelated(10).Concat(
        [
            TinyIndex.Doc("arches", "Portable arches", "Walk-through metal detector arches at stations."),
            TinyIndex.Doc("wands", "Search wands", "Handheld metal detector wands, used beside the arches."),
        ]);
        var picks = new Dictionary<string, ImmutableArray<string>>
        {
            ["arches"] = ["filler-01", "filler-02", "filler-03"],
            ["wands"] = ["filler-04"],
        };

        var related = Find(docs, picks, total: 2);

        Assert.Equal<string>(["filler-01", "filler-02", "filler-03"], related["arches"]);
        Assert.Equal<string>(["filler-04", "arches"], related["wands"]);
    }

    [Fact]
    public void AnEntry_IsNeverRelatedToItself_EvenWhenItsEditorsPickIt()
    {
        var docs = Unrelated(10).Concat(
        [
            TinyIndex.Doc("arches", "Portable arches", "Walk-through metal detector arches at stations."),
            TinyIndex.Doc("wands", "Search wands", "Handheld metal detector wands, used beside the arches."),
        ]).ToList();
        var picks = new Dictionary<string, ImmutableArray<string>> { ["arches"] = ["arches", "filler-05"] };

        var related = Find(docs, picks);

        Assert.Equal<string>(["filler-05", "wands"], related["arches"]);
        Assert.All(docs, d => Assert.DoesNotContain(d.Slug, related[d.Slug]));
    }

    [Fact]
    public void AnEntryWithNoText_StillGetsItsEditorsPicks()
    {
        var docs = Unrelated(10).Append(TinyIndex.Doc("blank", "Untitled", "", summary: ""));
        var picks = new Dictionary<string, ImmutableArray<string>> { ["blank"] = ["filler-02", "filler-09"] };

        Assert.Equal<string>(["filler-02", "filler-09"], Find(docs, picks)["blank"]);
    }

    [Fact]
    public void EqualScores_RankByTitleThenSlug_AndEveryRunAndInputOrderGivesTheSameLists()
    {
        // Three entries with the same rare word and bodies of the same length: the two others tie on score, so the
        // one titled Alpha comes first although its slug sorts last.
        var docs = Unrelated(12).Concat(
        [
            TinyIndex.Doc("quokka-a", "Quokkas", "Quokka sightings reported."),
            TinyIndex.Doc("quokka-b", "Beta", "Quokka sightings logged."),
            TinyIndex.Doc("quokka-c", "Alpha", "Quokka sightings noted."),
        ]).ToList();

        var first = Find(docs);
        var reversed = Find(Enumerable.Reverse(docs));

        Assert.Equal<string>(["quokka-c", "quokka-b"], first["quokka-a"]);
        Assert.Equal(first.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, string.Join(',', r.Value))),
            reversed.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, string.Join(',', r.Value))));
    }

    [Fact]
    public void EveryIndexedEntry_HasAList()
    {
        var docs = Unrelated(5).ToList();

        Assert.Equal(docs.Select(d => d.Slug).Order(StringComparer.Ordinal), Find(docs).Keys.Order(StringComparer.Ordinal));
    }
}
