using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// A reusable list of one text's tokens. Note: one per analysing thread, cleared per text; allocating a list per
/// field of 10,000 entries kept the garbage collector busy for a good part of the build.
/// </summary>
internal sealed class TokenBuffer(WordCache words)
{
    /// <summary>The cache the tokens' word numbers belong to.</summary>
    public WordCache Words { get; } = words;
    private IndexToken[] items = new IndexToken[1024];

    public int Count { get; private set; }

    public ReadOnlySpan<IndexToken> Tokens => items.AsSpan(0, Count);

    public ref readonly IndexToken this[int i] => ref items[i];

    /// <summary>Replaces the contents with the tokens of <paramref name="text"/>, offsets moved on by <paramref name="offset"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Fill(string text, bool inText, int offset = 0)
    {
        Count = 0;
        var sink = new Sink(this, inText, offset);
        Tokenizer.Scan(text, ref sink);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(in IndexToken token)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = token;
    }

    private readonly struct Sink(TokenBuffer buffer, bool inText, int offset) : ITokenSink
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> folded, int start, int end, bool hyphenated)
        {
            int word = buffer.Words.Word(folded);
            if (inText)
            {
                buffer.Words.MarkInText(word);
            }

            buffer.Add(new IndexToken(word, start + offset, end + offset, hyphenated));
        }
    }
}
