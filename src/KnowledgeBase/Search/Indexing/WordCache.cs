using System.Runtime.CompilerServices;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// One analysing thread's own view of the <see cref="TermTable"/>: an open-addressing table from a folded word
/// (looked up as a span) to its <see cref="IndexWord"/>, asked once per token.
/// </summary>
/// <remarks>
/// Note: the shared concurrent table, and then a Dictionary's span lookup, were each a third of the analysis; this
/// table hashes the characters once, probes a flat array and compares with the word at its slot. It also needs no
/// generic code compiled at run time, which a one-shot build would otherwise run unoptimised for a while.
/// </remarks>
internal sealed class WordCache(TermTable table)
{
    private IndexWord?[] slots = new IndexWord?[1 << 14];
    private uint[] hashes = new uint[1 << 14];
    private int count;

    public TermTable Table { get; } = table;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IndexWord Word(ReadOnlySpan<char> folded)
    {
        uint hash = Hash(folded);
        int mask = slots.Length - 1;
        for (int i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var word = slots[i];
            if (word is null)
            {
                return Add(folded, hash);
            }

            if (hashes[i] == hash && folded.SequenceEqual(word.Folded))
            {
                return word;
            }
        }
    }

    /// <summary>FNV-1a over the characters: words are short, and this needs no seed or state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    private IndexWord Add(ReadOnlySpan<char> folded, uint hash)
    {
        var word = Table.Word(folded);
        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        Place(word, hash);
        count++;
        return word;
    }

    private void Grow()
    {
        var old = slots;
        var oldHashes = hashes;
        slots = new IndexWord?[old.Length * 2];
        hashes = new uint[old.Length * 2];
        for (int i = 0; i < old.Length; i++)
        {
            if (old[i] is { } word)
            {
                Place(word, oldHashes[i]);
            }
        }
    }

    private void Place(IndexWord word, uint hash)
    {
        int mask = slots.Length - 1;
        int i = (int)hash & mask;
        while (slots[i] is not null)
        {
            i = (i + 1) & mask;
        }

        slots[i] = word;
        hashes[i] = hash;
    }
}
