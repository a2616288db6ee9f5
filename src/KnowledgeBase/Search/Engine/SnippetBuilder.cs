using System.Net;
using System.Text;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Picks the passage with the most matched words (the summary when it is as good) and marks them. Everything
/// else is HTML-escaped, so text from content or the query can never become markup.
/// </summary>
internal sealed class SnippetBuilder(TextAnalyzer analyzer)
{
    /// <summary>Words in a passage.</summary>
    public const int Window = 28;

    /// <summary>
    /// Only this much of a body is searched for the passage. Note: analysing whole bodies was most of a query's
    /// time at 10,000 entries; an entry's opening says what it is, so the best passage is rarely further on.
    /// </summary>
    public const int BodyScanLength = 3000;

    public string Build(string summary, string body, IReadOnlySet<string> highlight)
    {
        var (summaryScore, _) = Best(summary, highlight, out var summaryTokens);
        body = body.Length > BodyScanLength ? body[..BodyScanLength] : body;
        var (bodyScore, bodyStart) = Best(body, highlight, out var bodyTokens);
        return bodyScore > summaryScore
            ? Render(body, bodyTokens, bodyStart, highlight)
            : Render(summary, summaryTokens, 0, highlight);
    }

    /// <summary>The best window's score (distinct matched terms, then matches) and its first token.</summary>
    /// <remarks>
    /// Note: tokens come with their terms from the analyzer's cache (no string per word), and each window is
    /// counted in one pass over the hits it holds; snippets were half of a typical query's time.
    /// </remarks>
    private (int Score, int Start) Best(string text, IReadOnlySet<string> highlight, out List<Token> tokens)
    {
        tokens = analyzer.Tokenize(text);
        var hits = new List<(int Index, string Term)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (highlight.Contains(tokens[i].Term!))
            {
                hits.Add((i, tokens[i].Term!));
            }
        }

        int bestScore = 0, bestStart = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (int h = 0; h < hits.Count; h++)
        {
            distinct.Clear();
            int end = h;
            while (end < hits.Count && hits[end].Index < hits[h].Index + Window)
            {
                distinct.Add(hits[end].Term);
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

    private string Render(string text, List<Token> tokens, int start, IReadOnlySet<string> highlight)
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
            if (!highlight.Contains(tokens[i].Term!))
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
