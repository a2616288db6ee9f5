using System.Runtime.CompilerServices;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// One analysing thread's own view of the <see cref="TermTable"/>: numbers the folded words it meets (looked up
/// as spans, once per token) and keeps what indexing asks of each per token (its term's id and UTF-8 text, whether
/// it is a stop word or in the lexicon) in flat arrays, by number.
/// </summary>
/// <remarks>
/// Note: the shared concurrent table, and then a Dictionary's span lookup, were each a third of the analysis. A
/// table of shared <see cref="IndexWord"/> objects then still cost three or four cache misses per token (the
/// word object, its string, its term's bytes), scattered over a heap of a hundred megabytes: a third of the
/// analysis again. Here a token touches a slot array, a character arena and an entry array, all of them small
/// and dense, with the frequent words (met first) close together at their starts.
/// </remarks>
internal sealed class WordCache(TermTable table)
{
    public const byte Stop = 1;
    public const byte InLexicon = 2;
    public const byte HasAcronyms = 4;
    private const byte MarkedInText = 8;

    /// <summary>Per slot: the word's hash in the high half, its number plus one in the low (0 for an empty slot).</summary>
    private ulong[] slots = new ulong[1 << 14];
    private Entry[] entries = new Entry[1 << 12];
    private IndexWord[] words = new IndexWord[1 << 12];
    private char[] chars = new char[1 << 15];
    private byte[] utf8 = new byte[1 << 15];
    private int count, charCount, utf8Count;

    /// <summary>The word's number in this cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Word(ReadOnlySpan<char> folded)
    {
        uint hash = Hash(folded);
        int mask = slots.Length - 1;
        for (int i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            ulong slot = slots[i];
            if (slot == 0)
            {
                return Add(folded, hash);
            }

            if ((uint)(slot >> 32) == hash)
            {
                int n = (int)(uint)slot - 1;
                ref readonly var entry = ref entries[n];
                if (folded.SequenceEqual(chars.AsSpan(entry.CharStart, entry.CharLength)))
                {
                    return n;
                }
            }
        }
    }

    /// <summary>The build's shared entry for word number <paramref name="n"/> (for what tokens rarely need).</summary>
    public IndexWord Shared(int n) => words[n];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int TermId(int n) => entries[n].TermId;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> TermUtf8(int n) => utf8.AsSpan(entries[n].Utf8Start, entries[n].Utf8Length);

    /// <summary><see cref="Stop"/>, <see cref="InLexicon"/> and <see cref="HasAcronyms"/>, as they apply.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Flags(int n) => entries[n].Flags;

    /// <summary>Records that the word is in a document's text, in the shared entry the first time this thread sees it so.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MarkInText(int n)
    {
        ref var entry = ref entries[n];
        if ((entry.Flags & MarkedInText) == 0)
        {
            entry.Flags |= MarkedInText;
            words[n].InText = true;
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

    private int Add(ReadOnlySpan<char> folded, uint hash)
    {
        var word = table.Word(folded);
        if (count == entries.Length)
        {
            Array.Resize(ref entries, count * 2);
            Array.Resize(ref words, count * 2);
        }

        if ((count + 1) * 2 > slots.Length)
        {
            Grow();
        }

        byte[] term = word.TermUtf8;
        EnsureRoom(ref chars, charCount + folded.Length);
        EnsureRoom(ref utf8, utf8Count + term.Length);
        folded.CopyTo(chars.AsSpan(charCount));
        term.CopyTo(utf8.AsSpan(utf8Count));
        int n = count++;
        words[n] = word;
        entries[n] = new Entry
        {
            CharStart = charCount, CharLength = folded.Length, Utf8Start = utf8Count, Utf8Length = term.Length, TermId = word.TermId,
            Flags = (byte)((word.Stop ? Stop : 0) | (word.InLexicon ? InLexicon : 0) | (word.Acronyms is null ? 0 : HasAcronyms)),
        };
        charCount += folded.Length;
        utf8Count += term.Length;
        Place(slots, hash, n);
        return n;
    }

    private static void EnsureRoom<T>(ref T[] array, int needed)
    {
        if (needed > array.Length)
        {
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
        }
    }

    private void Grow()
    {
        var grown = new ulong[slots.Length * 2];
        foreach (ulong slot in slots)
        {
            if (slot != 0)
            {
                Place(grown, (uint)(slot >> 32), (int)(uint)slot - 1);
            }
        }

        slots = grown;
    }

    private static void Place(ulong[] into, uint hash, int n)
    {
        int mask = into.Length - 1;
        int i = (int)hash & mask;
        while (into[i] != 0)
        {
            i = (i + 1) & mask;
        }

        into[i] = ((ulong)hash << 32) | (uint)(n + 1);
    }

    private struct Entry
    {
        public int CharStart;
        public int CharLength;
        public int Utf8Start;
        public int Utf8Length;
        public int TermId;
        public byte Flags;
    }
}
