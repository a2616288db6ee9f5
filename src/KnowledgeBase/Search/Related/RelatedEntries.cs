using System.Collections.Immutable;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Related;

/// <summary>
/// Related entries for every entry of the search index, once per build: the editors' <c>related:</c> picks, then
/// the entries Lucene's MoreLikeThis finds most alike. One reader and one searcher serve every core; each core
/// has its own <see cref="RelatedQuery"/>. The index holds published entries only, so nothing withheld can be
/// suggested.
/// </summary>
public static class RelatedEntries
{
    /// <summary>How many entries an entry page lists when the editors picked fewer.</summary>
    public const int Total = 6;

    /// <param name="index">The build's search index.</param>
    /// <param name="picks">The editors' picks by entry slug, already limited to published entries, in their order.</param>
    /// <param name="total">How many entries to list when the editors picked fewer.</param>
    /// <returns>For every indexed entry, the slugs of its related entries, in the order to show them.</returns>
    public static IReadOnlyDictionary<string, ImmutableArray<string>> Find(
        SearchIndex index, IReadOnlyDictionary<string, ImmutableArray<string>> picks, int total = Total)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(picks);
        using var reader = index.OpenReader();
        var searcher = new IndexSearcher(reader) { Similarity = new ManualSimilarity() };
        using var docFreqs = new DocFreqCache(reader);
        var termStates = new TermStates(searcher);
        var entries = Entries(reader);
        var related = new ImmutableArray<string>[entries.Length];
        Parallel.For(0, entries.Length,
            () => new RelatedQuery(reader, docFreqs, termStates, index.Analysis),
            (doc, _, query) =>
            {
                var slug = entries[doc].Slug;
                var chosen = picks.GetValueOrDefault(slug, []);
                // One more than the list holds: enough to fill it even when every pick and the entry itself come back.
                var suggestions = total > chosen.Length ? Suggest(searcher, query, entries, doc, total + 1) : [];
                related[doc] = RelatedBlend.Of(slug, chosen, suggestions, total);
                return query;
            },
            query => query.Dispose());

        return Enumerable.Range(0, entries.Length).ToImmutableDictionary(d => entries[d].Slug, d => related[d], StringComparer.Ordinal);
    }

    /// <summary>The entries most like <paramref name="doc"/>: by score, then title, then slug; never itself.</summary>
    private static IEnumerable<string> Suggest(IndexSearcher searcher, RelatedQuery related, (string Slug, string Title)[] entries, int doc, int wanted)
    {
        if (related.For(doc) is not { } query)
        {
            return [];
        }

        // The collector keeps ties in document order, which is slug order: the cut-off is the same on every run.
        return searcher.Search(query, wanted).ScoreDocs
            .Where(hit => hit.Doc != doc)
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => entries[hit.Doc].Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(hit => entries[hit.Doc].Slug, StringComparer.Ordinal)
            .Select(hit => entries[hit.Doc].Slug)
            .ToList();
    }

    private static (string Slug, string Title)[] Entries(IndexReader reader)
    {
        var fields = new HashSet<string> { IndexFields.Slug, IndexFields.Title };
        var entries = new (string, string)[reader.MaxDoc];
        for (int d = 0; d < entries.Length; d++)
        {
            var doc = reader.Document(d, fields);
            entries[d] = (doc.Get(IndexFields.Slug), doc.Get(IndexFields.Title));
        }

        return entries;
    }
}
