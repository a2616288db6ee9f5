using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// One analysing thread's own view of the <see cref="TermTable"/>. Note: a plain dictionary answers the words a
/// thread has already met without the concurrent table's shared buckets; on 10,000 entries the shared lookups
/// and the locks taken to add words were a third of the analysis.
/// </summary>
internal sealed class WordCache(TermTable table)
{
    private readonly Dictionary<string, IndexWord> words = new(1 << 14, StringComparer.Ordinal);

    public TermTable Table { get; } = table;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IndexWord Word(ReadOnlySpan<char> folded)
    {
        var bySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (bySpan.TryGetValue(folded, out var known))
        {
            return known;
        }

        var word = Table.Word(folded);
        words.Add(word.Folded, word);
        return word;
    }
}
