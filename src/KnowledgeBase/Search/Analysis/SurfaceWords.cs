using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The distinct surface words of the document being indexed, handed over by <see cref="WordChainFilter"/> as the
/// ranked fields are analysed, then replayed as the "words" field: the text is analysed once, not twice. Each word
/// string is made once per writer, however many documents use it. One instance per index writer (not thread-safe).
/// </summary>
internal sealed class SurfaceWords
{
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // Every word added was interned first, so one string is one word: compared by reference, not hashed by content.
    private readonly HashSet<string> seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> current = [];

    public SurfaceWords() => lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The one string this writer uses for <paramref name="word"/>.</summary>
    public string Intern(ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out string? text))
        {
            text = new string(word);
            known.Add(text);
        }

        return text;
    }

    /// <summary>Collects a word of the current document.</summary>
    /// <param name="word">A string from <see cref="Intern"/>.</param>
    public void Add(string word)
    {
        if (seen.Add(word))
        {
            current.Add(word);
        }
    }

    /// <summary>
    /// The words collected so far, as a token stream that forgets them once it is consumed. Lucene inverts a
    /// document's fields in the order of their names, so "words" comes after every ranked field it collects from.
    /// </summary>
    public TokenStream Replay() => new ReplayStream(this);

    private void Clear()
    {
        seen.Clear();
        current.Clear();
    }

    private sealed class ReplayStream : TokenStream
    {
        private readonly SurfaceWords words;
        private readonly ICharTermAttribute term;
        private int next;

        public ReplayStream(SurfaceWords words)
        {
            this.words = words;
            term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (next >= words.current.Count)
            {
                return false;
            }

            term.SetEmpty().Append(words.current[next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }

        public override void End()
        {
            base.End();
            words.Clear();
        }
    }
}
