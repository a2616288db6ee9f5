using Lucene.Net.Search.Similarities;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75), with one change: where a query lets an entry match only some of its words, the
/// entry's score is scaled by the square of the share it matches, so an entry with most of the meaningful words
/// ranks above one with few (BM25 alone would let one rare word outweigh three common ones).
/// </summary>
internal sealed class ManualSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap)
    {
        float share = maxOverlap == 0 ? 1f : (float)overlap / maxOverlap;
        return share * share;
    }
}
