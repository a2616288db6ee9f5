using System.Net;
using System.Text;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Snippets from the offsets Lucene keeps in the summary's and body's postings: the passage with the most distinct
/// matched terms (the summary when it is as good), every match marked, synonym and acronym matches included (a
/// concept token carries the offsets of the words it stands for). Everything else is HTML-escaped, so text from
/// content or the query never becomes markup.
/// </summary>
/// <remarks>
/// Note: this reads each highlighted term's postings once per query, for all the results together, instead of
/// analysing each result's text again as Lucene's Highlighter does, which would cost more than the search.
/// </remarks>
internal sealed partial class SnippetMaker(IndexReader reader)
{
    /// <summary>The length of a body passage, in characters.</summary>
    public const int Window = 240;

    /// <summary>Characters of context shown before the first match of a passage.</summary>
    private const int Lead = 50;

    private static readonly string[] Fields = [IndexFields.Summary, IndexFields.Body];

    /// <summary>The snippet of each document, in the order given.</summary>
    public string[] Make(IReadOnlyList<int> docs, IReadOnlySet<string> highlight)
    {
        var terms = highlight.Order(StringComparer.Ordinal).ToArray();
        var matches = new List<(int Start, int End, int Term)>[Fields.Length][];
        for (int f = 0; f < Fields.Length; f++)
        {
            matches[f] = Offsets(Fields[f], docs, terms);
        }

        var snippets = new string[docs.Count];
        for (int i = 0; i < docs.Count; i++)
        {
            var summary = matches[0][i];
            var body = matches[1][i];
            bool useBody = Distinct(body) > Distinct(summary);
            string field = useBody ? IndexFields.Body : IndexFields.Summary;
            string text = reader.Document(docs[i], new HashSet<string> { field }).Get(field) ?? string.Empty;
            snippets[i] = useBody ? Passage(text, body) : Render(text, 0, text.Length, summary);
        }

        return snippets;
    }

    private static int Distinct(List<(int Start, int End, int Term)> matches) => matches.Select(m => m.Term).Distinct().Count();

    /// <summary>Per document, the offsets of the highlighted terms in one field, sorted.</summary>
    private List<(int Start, int End, int Term)>[] Offsets(string field, IReadOnlyList<int> docs, string[] terms)
    {
        var result = new List<(int Start, int End, int Term)>[docs.Count];
        for (int i = 0; i < docs.Count; i++)
        {
            result[i] = [];
        }

        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        foreach (var leaf in reader.Leaves)
        {
            var termsEnum = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (termsEnum is null)
            {
                continue;
            }

            int from = leaf.DocBase, to = leaf.DocBase + leaf.Reader.MaxDoc;
            for (int t = 0; t < terms.Length; t++)
            {
                if (!termsEnum.SeekExact(new BytesRef(terms[t])))
                {
                    continue;
                }

                var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
                if (positions is null)
                {
                    continue;
                }

                foreach (int i in order.Where(i => docs[i] >= from && docs[i] < to))
                {
                    int local = docs[i] - from;
                    if (positions.DocID > local || (positions.DocID != local && positions.Advance(local) != local))
                    {
                        continue;
                    }

                    for (int n = positions.Freq; n > 0; n--)
                    {
                        positions.NextPosition();
                        result[i].Add((positions.StartOffset, positions.EndOffset, t));
                    }
                }
            }
        }

        foreach (var list in result)
        {
            list.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        }

        return result;
    }

    /// <summary>The body's best window: the most distinct terms, then the most matches, then the earliest.</summary>
    private static string Passage(string text, List<(int Start, int End, int Term)> matches)
    {
        int bestStart = 0, bestDistinct = -1, bestCount = 0;
        var inWindow = new Dictionary<int, int>();
        for (int i = 0, j = 0; i < matches.Count; i++)
        {
            while (j < matches.Count && matches[j].End - matches[i].Start <= Window - Lead)
            {
                inWindow[matches[j].Term] = inWindow.GetValueOrDefault(matches[j].Term) + 1;
                j++;
            }

            if (inWindow.Count > bestDistinct || (inWindow.Count == bestDistinct && j - i > bestCount))
            {
                (bestStart, bestDistinct, bestCount) = (matches[i].Start, inWindow.Count, j - i);
            }

            if (j > i && --inWindow[matches[i].Term] == 0)
            {
                inWindow.Remove(matches[i].Term);
            }
        }

        int start = bestStart <= Lead + 10 ? 0 : WordStart(text, bestStart - Lead);
        int end = WordEnd(text, Math.Min(text.Length, start + Window));
        return Render(text, start, end, matches);
    }

    private static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>HTML-escaped, with line breaks and runs of spaces made one space (a snippet is one line).</summary>
    private static string Escape(string text) => WebUtility.HtmlEncode(Spaces().Replace(text, " "));

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Spaces();

    /// <summary>text[start..end], escaped, with the matches in it marked (overlapping matches merged).</summary>
    private static string Render(string text, int start, int end, List<(int Start, int End, int Term)> matches)
    {
        var html = new StringBuilder(end - start + 64);
        if (start > 0)
        {
            html.Append("… ");
        }

        int at = start;
        for (int m = 0; m < matches.Count; m++)
        {
            int s = Math.Max(matches[m].Start, at), e = Math.Min(matches[m].End, end);
            while (m + 1 < matches.Count && matches[m + 1].Start < e)
            {
                e = Math.Max(e, Math.Min(matches[++m].End, end));
            }

            if (s >= e || s < start)
            {
                continue;
            }

            html.Append(Escape(text[at..s])).Append("<mark>").Append(Escape(text[s..e])).Append("</mark>");
            at = e;
        }

        html.Append(Escape(text[at..end]));
        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html.ToString().Trim();
    }
}
