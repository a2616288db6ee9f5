using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Tests.Search.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Tests.Search.Indexing;

/// <summary>The "words" field, collected while the ranked fields are analysed, holds what a second analysis would.</summary>
public sealed class SurfaceWordsTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void WordsField_OfEveryEntry_IsItsTextThroughTheSurfaceAnalyzer()
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        using var reader = index.OpenReader();
        var indexed = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, IndexFields.Words).GetEnumerator();
        while (terms.MoveNext())
        {
            var docs = terms.Docs(MultiFields.GetLiveDocs(reader), null);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                string slug = reader.Document(docs.DocID).Get(IndexFields.Slug);
                (indexed.TryGetValue(slug, out var set) ? set : indexed[slug] = new(StringComparer.Ordinal)).Add(terms.Term.Utf8ToString());
            }
        }

        using var surface = new SurfaceAnalyzer();
        foreach (var doc in fixture.Docs)
        {
            var expected = new SortedSet<string>(
                doc.Keywords.Concat(doc.TermText).Append(doc.Title).Append(doc.Summary).Append(doc.Body)
                    .SelectMany(text => TokenList.Of(surface, text)).Select(t => t.Term),
                StringComparer.Ordinal);
            Assert.True(expected.Count > 0, doc.Slug);
            Assert.Equal(expected, indexed.GetValueOrDefault(doc.Slug) ?? []);
        }
    }
}
