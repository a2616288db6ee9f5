using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Passes every token through and hands each word (not concept tokens) to <see cref="SurfaceWords"/>. It sits in
/// the index chain where a word is what <see cref="SurfaceAnalyzer"/> makes of it: folded, lower case, not yet
/// respelled or stemmed.
/// </summary>
internal sealed class SurfaceWordTap : TokenFilter
{
    private readonly SurfaceWords words;
    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public SurfaceWordTap(TokenStream input, SurfaceWords words)
        : base(input)
    {
        this.words = words;
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!keyword.IsKeyword)
        {
            words.Add(term.Buffer.AsSpan(0, term.Length));
        }

        return true;
    }
}
