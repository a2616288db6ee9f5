using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Engine;

/// <summary>Collects every matching document (for the total and the facet counts) beside the top-scoring ones.</summary>
internal sealed class MatchCollector : ICollector
{
    private int docBase;

    public List<int> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void Collect(int doc) => Docs.Add(docBase + doc);

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void SetScorer(Scorer scorer)
    {
    }
}
