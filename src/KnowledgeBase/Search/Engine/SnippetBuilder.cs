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
    private (int Score, int Start) Best(string text, IReadOnlySet<string> highlight, out List<Token> tokens)
    {
        tokens = analyzer.Tokenize(text);
        var hits = new List<(int Index, string Term)>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string term = analyzer.Term(tokens[i].Text);
            if (highlight.Contains(term))
            {
                hits.Add((i, term));
            }
        }

        int bestScore = 0, bestStart = 0;
        for (int h = 0; h < hits.Count; h++)
        {
            var inWindow = hits.Skip(h).TakeWhile(x => x.Index < hits[h].Index + Window).ToList();
            int score = (inWindow.Select(x => x.Term).Distinct().Count() * 100) + inWindow.Count;
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
            if (!highlight.Contains(analyzer.Term(tokens[i].Text)))
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
