using System.Net;
using System.Text;
using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Picks the passage with the most matched words (the summary when it is as good) and marks them. Everything
/// else is HTML-escaped, so text from content or the query can never become markup.
/// </summary>
/// <remarks>
/// Note: the tokens come from the index (<see cref="SnippetTokenCodec"/>), stored at build time; tokenizing the
/// summary and body opening of every hit again was most of a typical query's time. One instance per engine,
/// used under its lock: the token lists are reused between hits.
/// </remarks>
internal sealed class SnippetBuilder
{
    /// <summary>Words in a passage.</summary>
    public const int Window = 28;

    /// <summary>
    /// Only this much of a body is searched for the passage. Note: analysing whole bodies was most of a query's
    /// time at 10,000 entries; an entry's opening says what it is, so the best passage is rarely further on.
    /// </summary>
    public const int BodyScanLength = 3000;

    private readonly List<StoredToken> summaryTokens = [];
    private readonly List<StoredToken> bodyTokens = [];
    private readonly List<(int Index, int Key)> hits = [];
    private readonly HashSet<int> distinct = [];

    /// <param name="summary">The document's summary.</param>
    /// <param name="body">
    /// Reads the opening of its body (at least <see cref="BodyScanLength"/> characters when longer); called only
    /// when the body has the better passage, as reading it is now most of a snippet's cost.
    /// </param>
    /// <param name="stored">The document's row of the snippet table.</param>
    /// <param name="highlight">Terms to mark.</param>
    /// <param name="highlightNumbers">Their numbers in the index's term table.</param>
    public string Build(string summary, Func<string> body, ReadOnlySpan<byte> stored, IReadOnlySet<string> highlight, HashSet<int> highlightNumbers)
    {
        int at = 0;
        int summaryCount = stored.Length == 0 ? 0 : SnippetTokenCodec.Read(stored, ref at);
        at = SnippetTokenCodec.Decode(stored, at, summaryCount, highlight, highlightNumbers, summaryTokens);
        SnippetTokenCodec.Decode(stored, at, -1, highlight, highlightNumbers, bodyTokens);
        var (summaryScore, _) = Best(summaryTokens);
        var (bodyScore, bodyStart) = Best(bodyTokens);
        if (bodyScore <= summaryScore)
        {
            return Render(summary, summaryTokens, 0);
        }

        string text = body();
        return Render(text.Length > BodyScanLength ? text[..BodyScanLength] : text, bodyTokens, bodyStart);
    }

    /// <summary>The best window's score (distinct matched terms, then matches) and its first token.</summary>
    /// <remarks>Each window is counted in one pass over the hits it holds.</remarks>
    private (int Score, int Start) Best(List<StoredToken> tokens)
    {
        hits.Clear();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Hit)
            {
                hits.Add((i, tokens[i].Key));
            }
        }

        int bestScore = 0, bestStart = 0;
        for (int h = 0; h < hits.Count; h++)
        {
            distinct.Clear();
            int end = h;
            while (end < hits.Count && hits[end].Index < hits[h].Index + Window)
            {
                distinct.Add(hits[end].Key);
                end++;
            }

            int score = (distinct.Count * 100) + (end - h);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = Math.Max(0, hits[h].Index - 4);
            }
        }

        return (bestScore, bestStart);
    }

    private static string Render(string text, List<StoredToken> tokens, int start)
    {
        if (tokens.Count == 0)
        {
            return WebUtility.HtmlEncode(text.Length > 200 ? text[..200] + "\u2026" : text);
        }

        int end = Math.Min(tokens.Count, start + Window);
        int from = start == 0 ? 0 : tokens[start].Start;
        int to = end == tokens.Count ? text.Length : tokens[end - 1].End;
        var sb = new StringBuilder();
        sb.Append(from > 0 ? "\u2026" : string.Empty);
        int at = from;
        for (int i = start; i < end; i++)
        {
            if (!tokens[i].Hit)
            {
                continue;
            }

            sb.Append(WebUtility.HtmlEncode(text[at..tokens[i].Start]));
            sb.Append("<mark>").Append(WebUtility.HtmlEncode(text[tokens[i].Start..tokens[i].End])).Append("</mark>");
            at = tokens[i].End;
        }

        sb.Append(WebUtility.HtmlEncode(text[at..to]));
        sb.Append(to < text.Length ? "\u2026" : string.Empty);
        return sb.ToString();
    }
}
