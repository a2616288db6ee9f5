using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Runs the part of the analysis that depends on one word alone (possessive, folding, acronyms, lower case,
/// spelling, stemming: the library's filters and ours, built by <see cref="ManualAnalyzer"/>) once per distinct
/// word, and replays what it made for every later occurrence. Text follows Zipf's law: 10,000 entries hold four
/// million words but some forty thousand distinct ones, and the chain cost a microsecond a word, most of the
/// index build. Only filters that look at one token at a time may sit in the chain; phrase matching
/// (<c>SynonymFilter</c>) comes after this filter.
/// </summary>
internal sealed class WordChainFilter : TokenFilter
{
    /// <summary>Past this many distinct words (a hostile or enormous text), new words are analysed without being kept.</summary>
    internal const int MaxWords = 200_000;

    private readonly Dictionary<string, WordForms> cache = new(4096, StringComparer.Ordinal);
    private readonly Dictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> cached;
    private readonly OneWord word;
    private readonly TokenStream chain;
    private readonly ICharTermAttribute chainTerm;
    private readonly IKeywordAttribute chainKeyword;
    private readonly IPositionIncrementAttribute chainIncrement;
    private readonly SurfaceMark? mark;
    private readonly SurfaceWords? surface;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;
    private readonly IPositionIncrementAttribute increment;
    private readonly List<(string Term, bool Keyword, int Increment)> scratch = [];
    private WordForms? pending;
    private State? pendingState;
    private int next;

    /// <param name="input">The tokenizer.</param>
    /// <param name="perWord">
    /// Builds the per-word chain over the one-word stream it is given, calling the function it is also given at the
    /// point where a token is its surface word (folded, lower case, not yet respelled or stemmed).
    /// </param>
    /// <param name="surface">Index side: collects each document's surface words, or null.</param>
    public WordChainFilter(TokenStream input, Func<TokenStream, Func<TokenStream, TokenStream>, TokenStream> perWord, SurfaceWords? surface)
        : base(input)
    {
        this.surface = surface;
        cached = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        word = new OneWord();
        SurfaceMark? made = null;
        chain = perWord(word, stream => surface is null ? stream : made = new SurfaceMark(stream));
        mark = made;
        chainTerm = chain.AddAttribute<ICharTermAttribute>();
        chainKeyword = chain.AddAttribute<IKeywordAttribute>();
        chainIncrement = chain.AddAttribute<IPositionIncrementAttribute>();
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null)
        {
            // A further token of the same word (an acronym's concept token): same offsets, its own increment. The
            // word's attributes are restored first: a filter after this one may have restored others meanwhile.
            RestoreState(pendingState);
            var (text, isKeyword, step) = pending.Tokens[next++];
            term.SetEmpty().Append(text);
            keyword.IsKeyword = isKeyword;
            increment.PositionIncrement = step;
            if (next == pending.Tokens.Length)
            {
                pending = null;
            }

            return true;
        }

        while (m_input.IncrementToken())
        {
            var forms = Lookup(term.Buffer, term.Length);
            if (forms.Tokens.Length == 0)
            {
                continue;
            }

            if (forms.Surface is not null)
            {
                surface?.Add(forms.Surface);
            }

            var (text, isKeyword, _) = forms.Tokens[0];
            term.SetEmpty().Append(text);
            keyword.IsKeyword = isKeyword;
            if (forms.Tokens.Length > 1)
            {
                pendingState = CaptureState();
                pending = forms;
                next = 1;
            }

            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        pending = null;
        pendingState = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            chain.Dispose();
        }

        base.Dispose(disposing);
    }

    private WordForms Lookup(char[] buffer, int length)
    {
        if (cached.TryGetValue(buffer.AsSpan(0, length), out WordForms? known))
        {
            return known;
        }

        word.Set(buffer, length);
        scratch.Clear();
        chain.Reset();
        while (chain.IncrementToken())
        {
            scratch.Add((chainTerm.ToString(), chainKeyword.IsKeyword, chainIncrement.PositionIncrement));
        }

        chain.End();
        SurfaceWord? seen = mark?.Word is { } w && surface is not null ? surface.Intern(w) : null;
        var forms = new WordForms([.. scratch], seen);
        if (cache.Count < MaxWords)
        {
            cache[new string(buffer, 0, length)] = forms;
        }

        return forms;
    }

    /// <summary>What the chain made of one word: its tokens in order, and its surface form when collected.</summary>
    private sealed record WordForms((string Term, bool Keyword, int Increment)[] Tokens, SurfaceWord? Surface);

    /// <summary>A stream of one token, the word being analysed.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute increment;
        private char[] buffer = [];
        private int length;
        private bool done;

        public OneWord()
        {
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public void Set(char[] chars, int count)
        {
            buffer = chars;
            length = count;
        }

        public override bool IncrementToken()
        {
            if (done)
            {
                return false;
            }

            ClearAttributes();
            term.CopyBuffer(buffer, 0, length);
            increment.PositionIncrement = 1;
            done = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            done = false;
        }
    }

    /// <summary>Remembers the last word (not concept token) that passed: the surface form, taken before respelling and stemming.</summary>
    private sealed class SurfaceMark : TokenFilter
    {
        private readonly ICharTermAttribute term;
        private readonly IKeywordAttribute keyword;

        public SurfaceMark(TokenStream input)
            : base(input)
        {
            term = AddAttribute<ICharTermAttribute>();
            keyword = AddAttribute<IKeywordAttribute>();
        }

        public string? Word { get; private set; }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            if (!keyword.IsKeyword)
            {
                Word = term.ToString();
            }

            return true;
        }

        public override void Reset()
        {
            base.Reset();
            Word = null;
        }
    }
}
