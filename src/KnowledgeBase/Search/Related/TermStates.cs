using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Related;

/// <summary>
/// Where each term of a related-entries query lies in every segment, looked up once per build. A term query finds
/// its term in each segment's dictionary before it scores; the telling words of one entry are the telling words of
/// many, so one lookup serves every query that asks for the word. Thread-safe: a term's states are only read once
/// made, and every core's queries share them.
/// </summary>
internal sealed class TermStates(IndexSearcher searcher)
{
    private readonly ConcurrentDictionary<(string Field, string Word), TermContext> states = new();

    /// <summary>A query for <paramref name="word"/> in <paramref name="field"/> that reuses the term's states.</summary>
    public TermQuery Query(string field, string word)
    {
        var term = new Term(field, word);
        // The states must belong to the searcher's own reader: a term query built with another's looks the term up again.
        var context = states.GetOrAdd((field, word), static (_, arg) => TermContext.Build(arg.Searcher.TopReaderContext, arg.Term), (Searcher: searcher, Term: term));
        return new TermQuery(term, context);
    }
}
