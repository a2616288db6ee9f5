using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Engine;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Stores, per document, the tokens a snippet scans (the summary's, then those of the body's first
/// <see cref="SnippetBuilder.BodyScanLength"/> characters) as offsets and term numbers, so a query's snippets are
/// a lookup and a highlight instead of tokenizing ten bodies again (most of a typical query's time).
/// </summary>
/// <remarks>
/// Layout, all unsigned LEB128 varints: summary token count; then per token the gap from the previous token's end
/// (0 at the start of each text), its length, and its term's number (position in the ordinally sorted
/// <c>terms</c> table, plus one). Number 0 means the term is not in that table (only a word cut at the scan limit)
/// and is followed by the term itself as UTF-8 (byte count, bytes).
/// </remarks>
internal static class SnippetTokenCodec
{
    /// <summary>The key of a term stored inline: at most one per document, so it cannot collide.</summary>
    public const int InlineKey = -1;

    /// <summary>
    /// How many of a body's tokens a snippet scans, and where the rest of the scanned opening starts: the text's
    /// tokens up to the last one ending inside the limit, then the rest of the cut text tokenized anew (a word
    /// running over the limit, or a long run that the limit brings under the maximum token length), exactly as
    /// tokenizing the cut text would give them.
    /// </summary>
    /// <returns>The whole count and -1 when the body is within the limit; else the tokens kept and the offset the cut text starts at.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Kept, int CutFrom) BodyOpening(string body, TokenBuffer tokens)
    {
        int limit = SnippetBuilder.BodyScanLength;
        if (body.Length <= limit)
        {
            return (tokens.Count, -1);
        }

        int kept = 0;
        while (kept < tokens.Count && tokens[kept].End <= limit)
        {
            kept++;
        }

        return (kept, kept == 0 ? 0 : tokens[kept - 1].End);
    }

    /// <summary>
    /// Appends tokens' offsets (gap from the previous token's end, length) and term ids, until the terms can be
    /// numbered (that needs every document's terms). <paramref name="end"/> is 0 at the start of each text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(List<byte> offsets, List<int> terms, WordCache words, ReadOnlySpan<IndexToken> tokens, ref int end)
    {
        foreach (ref readonly var t in tokens)
        {
            Write(offsets, t.Start - end);
            Write(offsets, t.End - t.Start);
            end = t.End;
            terms.Add(words.TermId(t.Word));
        }
    }

    /// <param name="source">A document's pending snippet tokens.</param>
    /// <param name="numbers">Per term id, its number in the sorted term table, or 0 if it is not there.</param>
    /// <param name="terms">Every term by id, for those stored inline.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static byte[] Encode(SnippetSource source, int[] numbers, IndexTerm?[] terms)
    {
        var bytes = new List<byte>(source.Offsets.Length + (source.Terms.Length * 3));
        Write(bytes, source.SummaryCount);
        int at = 0;
        foreach (int id in source.Terms)
        {
            Write(bytes, Read(source.Offsets, ref at));
            Write(bytes, Read(source.Offsets, ref at));
            if (numbers[id] is int number and > 0)
            {
                Write(bytes, number);
                continue;
            }

            byte[] text = terms[id]!.Utf8;
            Write(bytes, 0);
            Write(bytes, text.Length);
            bytes.AddRange(text);
        }

        return [.. bytes];
    }

    /// <summary>
    /// Decodes one text's tokens, from offset <paramref name="at"/> of <paramref name="data"/>, into
    /// <paramref name="into"/>, marking those whose term is in <paramref name="highlight"/> (by number in
    /// <paramref name="highlightNumbers"/>); returns the offset just past them. <paramref name="count"/> is how
    /// many tokens to read, -1 for all that remain.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int at, int count, IReadOnlySet<string> highlight, HashSet<int> highlightNumbers, List<StoredToken> into)
    {
        into.Clear();
        int end = 0;
        while (count != 0 && at < data.Length)
        {
            int start = end + Read(data, ref at);
            end = start + Read(data, ref at);
            int key = Read(data, ref at);
            bool hit;
            if (key == 0)
            {
                int length = Read(data, ref at);
                hit = highlight.Contains(Encoding.UTF8.GetString(data.Slice(at, length)));
                at += length;
                key = InlineKey;
            }
            else
            {
                hit = highlightNumbers.Contains(key);
            }

            into.Add(new StoredToken(start, end, key, hit));
            count--;
        }

        return at;
    }

    public static int Read(ReadOnlySpan<byte> data, ref int at)
    {
        int value = 0, shift = 0;
        byte b;
        do
        {
            b = data[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Write(List<byte> bytes, int value)
    {
        uint v = (uint)value;
        while (v >= 0x80)
        {
            bytes.Add((byte)(v | 0x80));
            v >>= 7;
        }

        bytes.Add((byte)v);
    }
}
