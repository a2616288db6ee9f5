using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Related;
using KnowledgeBase.Tests.Search.Support;
using Lucene.Net.Index;

namespace KnowledgeBase.Tests.Search.Related;

/// <summary>The cache MoreLikeThis reads document frequencies through gives the index's own, however often asked.</summary>
public sealed class DocFreqCacheTests(ManualIndexFixture fixture) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void EveryTermOfTheManual_HasTheIndexsDocFreq_AskedTwice_AndAnAbsentWordHasNone()
    {
        using var index = SearchIndexBuilder.Build(fixture.Docs, fixture.Lexicon, "OFFICIAL");
        using var reader = index.OpenReader();
        using var cache = new DocFreqCache(reader);
        var asked = 0;
        foreach (string field in IndexFields.Text)
        {
            var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
            while (terms.MoveNext())
            {
                var term = new Term(field, Lucene.Net.Util.BytesRef.DeepCopyOf(terms.Term));
                Assert.Equal(reader.DocFreq(term), cache.DocFreq(term));
                Assert.Equal(reader.DocFreq(term), cache.DocFreq(term));
                asked++;
            }

            Assert.Equal(0, cache.DocFreq(new Term(field, "zzzz-no-such-word")));
        }

        Assert.True(asked > 1000, $"{asked} terms");
        Assert.Equal(reader.NumDocs, cache.NumDocs);
    }
}
