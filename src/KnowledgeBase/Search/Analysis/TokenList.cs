using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>One token of analysed text: its term, position, how many positions it spans, and where it was in the text.</summary>
internal readonly record struct AnalysedToken(string Term, int Position, int Span, int Start, int End);

/// <summary>Runs an analyzer over a short text (a query, a lexicon phrase, a word) and lists its tokens.</summary>
internal static class TokenList
{
    public static List<AnalysedToken> Of(Analyzer analyzer, string text, string field = "body")
    {
        var tokens = new List<AnalysedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalysedToken(term.ToString(), Math.Max(position, 0), Math.Max(length.PositionLength, 1), offsets.StartOffset, offsets.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
