using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// The words and terms of one build, shared by the threads that analyse it. A word seen before costs one lookup
/// by span and no allocation; documents then hold term ids (ints the garbage collector never traces) instead of
/// millions of string references.
/// </summary>
internal sealed class TermTable
{
    private readonly CompiledLexicon lexicon;
    // Note: room for a large manual's words from the start, and many locks: with the defaults (one lock per core)
    // threads adding new words at the same moment waited on each other, and every resize took all the locks.
    private readonly ConcurrentDictionary<string, IndexWord> words = new(Concurrency, 1 << 15, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IndexWord>.AlternateLookup<ReadOnlySpan<char>> wordsBySpan;
    private readonly ConcurrentDictionary<string, IndexTerm> terms = new(Concurrency, 1 << 15, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Facet, string Value), IndexTerm> facetTerms = new();
    private readonly Func<string, IndexTerm> newTerm;
    private int next;

    private static int Concurrency => 16 * Environment.ProcessorCount;

    public TermTable(TextAnalyzer analyzer, CompiledLexicon lexicon)
    {
        Analyzer = analyzer;
        this.lexicon = lexicon;
        wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        newTerm = text => new IndexTerm(text, Interlocked.Increment(ref next) - 1);
    }

    public TextAnalyzer Analyzer { get; }

    /// <summary>One more than the largest id handed out so far: the size of an array indexed by term id.</summary>
    public int Capacity => Volatile.Read(ref next);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IndexWord Word(ReadOnlySpan<char> folded)
    {
        if (wordsBySpan.TryGetValue(folded, out var known))
        {
            return known;
        }

        // Another thread may add the same word first; GetOrAdd hands both the one that was kept. Note: the term is
        // worked out here rather than through the analyzer's cache, which would keep every word a second time.
        return words.GetOrAdd(new string(folded), static (w, table) => table.Describe(w, TextAnalyzer.TermOf(w)), this);
    }

    /// <summary>The term of a facet value's token ("borough__lambeth"), made once per value rather than per document.</summary>
    public IndexTerm FacetTerm(string facet, string value) =>
        facetTerms.TryGetValue((facet, value), out var known) ? known : facetTerms.GetOrAdd((facet, value), pair => Term(FacetToken.Of(pair.Facet, pair.Value)));

    public IndexTerm Term(string text) => terms.TryGetValue(text, out var known) ? known : terms.GetOrAdd(text, newTerm);

    /// <summary>Every term by id that the documents use (an id lost to a race between two threads leaves a null).</summary>
    public IndexTerm?[] ById()
    {
        var byId = new IndexTerm?[Capacity];
        foreach (var term in terms.Values)
        {
            byId[term.Id] = term;
        }

        return byId;
    }

    /// <summary>The words seen in documents' text, each with its term, sorted.</summary>
    public (string Word, IndexTerm Term)[] TextWords() =>
        [.. words.Values.Where(w => w.InText).Select(w => (w.Folded, w.Term)).OrderBy(w => w.Folded, StringComparer.Ordinal)];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private IndexWord Describe(string word, string term)
    {
        var acronyms = lexicon.AcronymsStartingWith(word);
        if (acronyms is null && word.EndsWith('s'))
        {
            acronyms = lexicon.AcronymsStartingWith(word.AsSpan(0, word.Length - 1));
        }

        return new IndexWord(word, Term(term), TextAnalyzer.IsStopWord(word), acronyms,
            lexicon.GroupsWith(term) is not null || lexicon.Phrases.ContainsKey(term));
    }
}
