namespace KnowledgeBase.Search.Querying.Syntax;

/// <summary>
/// Recursive descent over query tokens: OR binds loosest, then AND (written or implied), then NOT and -x.
/// Recovers from everything: a missing ")" closes at the end, a stray ")" or a lone operator is skipped, and a
/// query made only of operators is read again as plain words.
/// </summary>
internal sealed class QueryParser
{
    private const int MaxDepth = 16;
    private readonly List<QueryToken> tokens;
    private int position;
    private int depth;

    private QueryParser(List<QueryToken> tokens) => this.tokens = tokens;

    public static QueryNode? Parse(List<QueryToken> tokens)
    {
        var node = new QueryParser(tokens).ParseTop();
        if (node is null && tokens.Any(t => t.Kind is QueryTokenKind.And or QueryTokenKind.Or or QueryTokenKind.Not))
        {
            var words = tokens.Select(t => t.Kind is QueryTokenKind.And or QueryTokenKind.Or or QueryTokenKind.Not
                ? new QueryToken(QueryTokenKind.Word, t.Text) : t).ToList();
            node = new QueryParser(words).ParseTop();
        }

        return node;
    }

    private QueryToken? Peek => position < tokens.Count ? tokens[position] : null;

    private QueryNode? ParseTop()
    {
        var parts = new List<QueryNode>();
        while (Peek is not null)
        {
            if (Peek.Kind == QueryTokenKind.Close)
            {
                position++; // a stray ")"
                continue;
            }

            if (ParseOr() is { } node)
            {
                parts.Add(node);
            }
        }

        return parts.Count switch { 0 => null, 1 => parts[0], _ => new AndNode(parts, false) };
    }

    private QueryNode? ParseOr()
    {
        var options = new List<QueryNode>();
        if (ParseAnd() is { } first)
        {
            options.Add(first);
        }

        while (Peek is { Kind: QueryTokenKind.Or })
        {
            position++;
            if (ParseAnd() is { } next)
            {
                options.Add(next);
            }
        }

        return options.Count switch { 0 => null, 1 => options[0], _ => new OrNode(options) };
    }

    private QueryNode? ParseAnd()
    {
        var items = new List<QueryNode>();
        bool written = false;
        while (Peek is { } token && token.Kind is not (QueryTokenKind.Or or QueryTokenKind.Close))
        {
            if (token.Kind == QueryTokenKind.And)
            {
                written = true;
                position++;
                continue;
            }

            if (ParseUnary() is { } node)
            {
                items.Add(node);
            }
        }

        return items.Count switch { 0 => null, 1 => items[0], _ => new AndNode(items, written) };
    }

    private QueryNode? ParseUnary()
    {
        var token = tokens[position];
        if (token.Kind == QueryTokenKind.Not)
        {
            position++;
            if (Peek is null || Peek.Kind is QueryTokenKind.Or or QueryTokenKind.Close or QueryTokenKind.And)
            {
                return null; // a lone NOT
            }

            return ParseUnary() is { } child ? new NotNode(child) : null;
        }

        return ParsePrimary();
    }

    private QueryNode? ParsePrimary()
    {
        var token = tokens[position++];
        QueryNode? node = token.Kind switch
        {
            QueryTokenKind.Word => new WordNode(token.Text),
            QueryTokenKind.Phrase => new PhraseNode(token.Text),
            QueryTokenKind.Filter => new FilterNode(token.Key!, token.Text),
            QueryTokenKind.Open => ParseGroup(),
            _ => null,
        };
        return node is not null && token.Negated ? new NotNode(node) : node;
    }

    private QueryNode? ParseGroup()
    {
        if (depth >= MaxDepth)
        {
            return null; // deeper nesting is read as if the "(" were not there
        }

        depth++;
        var inner = ParseOr();
        depth--;
        if (Peek is { Kind: QueryTokenKind.Close })
        {
            position++;
        }

        return inner;
    }
}
