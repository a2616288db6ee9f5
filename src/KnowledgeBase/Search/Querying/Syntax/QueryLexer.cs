using System.Text;

namespace KnowledgeBase.Search.Querying.Syntax;

/// <summary>
/// Splits a query into words, "phrases", field:value filters, AND/OR/NOT, parentheses and -negations. It never
/// fails: an unbalanced quote is dropped, control characters are spaces, and anything else is a word for the
/// analyzer to make sense of (so Lucene syntax such as title:x^9~, [a TO z] or NEAR is only ever text).
/// </summary>
internal static class QueryLexer
{
    public static List<QueryToken> Lex(string query, Func<string, bool> isFilterKey)
    {
        var tokens = new List<QueryToken>();
        string q = Clean(query);
        int i = 0;
        bool negate = false;
        while (i < q.Length)
        {
            char c = q[i];
            if (c == ' ')
            {
                negate = false;
                i++;
            }
            else if (c == '(' || c == ')')
            {
                tokens.Add(new QueryToken(c == '(' ? QueryTokenKind.Open : QueryTokenKind.Close, c.ToString(), negate && c == '('));
                negate = false;
                i++;
            }
            else if ((c == '-' || c == '+') && !negate && i + 1 < q.Length && q[i + 1] != ' ' && AtWordStart(q, i))
            {
                negate = c == '-';
                i++;
            }
            else if (IsQuote(c))
            {
                int close = q.IndexOfAny(['"', '\u201C', '\u201D', '\u201E'], i + 1);
                if (close >= 0)
                {
                    tokens.Add(new QueryToken(QueryTokenKind.Phrase, q[(i + 1)..close], negate));
                    i = close + 1;
                }
                else
                {
                    i++; // an unbalanced quote: the rest is read as plain words
                }

                negate = false;
            }
            else
            {
                int start = i;
                while (i < q.Length && q[i] != ' ' && q[i] != '(' && q[i] != ')' && !IsQuote(q[i]))
                {
                    i++;
                }

                tokens.Add(Chunk(q, q[start..i], ref i, negate, isFilterKey));
                negate = false;
            }
        }

        return tokens;
    }

    private static QueryToken Chunk(string q, string chunk, ref int i, bool negate, Func<string, bool> isFilterKey)
    {
        switch (chunk)
        {
            case "AND" or "&&": return new QueryToken(QueryTokenKind.And, chunk);
            case "OR" or "||": return new QueryToken(QueryTokenKind.Or, chunk);
            case "NOT": return new QueryToken(QueryTokenKind.Not, chunk);
        }

        int colon = chunk.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && isFilterKey(chunk[..colon]))
        {
            string value = chunk[(colon + 1)..];
            if (value.Length == 0 && i < q.Length && IsQuote(q[i]))
            {
                int close = q.IndexOfAny(['"', '\u201C', '\u201D', '\u201E'], i + 1);
                if (close >= 0)
                {
                    value = q[(i + 1)..close];
                    i = close + 1;
                }
            }

            return new QueryToken(QueryTokenKind.Filter, value, negate, chunk[..colon].ToLowerInvariant());
        }

        return new QueryToken(QueryTokenKind.Word, chunk, negate);
    }

    private static bool AtWordStart(string q, int i) => i == 0 || q[i - 1] == ' ' || q[i - 1] == '(';

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    /// <summary>Control characters, NUL and every kind of space become one plain space.</summary>
    private static string Clean(string query)
    {
        var sb = new StringBuilder(query.Length);
        foreach (char c in query)
        {
            sb.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        return sb.ToString();
    }
}
