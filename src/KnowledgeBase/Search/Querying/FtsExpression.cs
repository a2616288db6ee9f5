using System.Text;
using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Writes a plan as an FTS5 MATCH expression. Every term is a double-quoted string, so nothing a user types can
/// become FTS5 syntax: the terms hold only word characters and "_" anyway.
/// </summary>
internal static class FtsExpression
{
    public static string Write(MatchPlan plan)
    {
        var sb = new StringBuilder();
        Append(sb, plan);
        return sb.ToString();
    }

    /// <summary>
    /// The phrases of the written expression, in the order FTS5 numbers them: each as its terms, and whether it is a
    /// facet token (restricted to the facets column).
    /// </summary>
    public static IEnumerable<(IReadOnlyList<string> Terms, bool Facet)> Phrases(MatchPlan plan) => plan switch
    {
        TermPlan t => [([t.Term], false)],
        PhrasePlan p => [(p.Terms, false)],
        AnyPlan a => a.Options.SelectMany(Phrases),
        AllPlan all => all.Required.Concat(all.Excluded).SelectMany(Phrases),
        FacetPlan f => f.Tokens.Select(token => ((IReadOnlyList<string>)[token], true)),
        _ => [],
    };

    private static void Append(StringBuilder sb, MatchPlan plan)
    {
        switch (plan)
        {
            case TermPlan t:
                Quote(sb, t.Term);
                break;
            case PhrasePlan p:
                Quote(sb, string.Join(' ', p.Terms));
                break;
            case AnyPlan a:
                Join(sb, a.Options, " OR ");
                break;
            case AllPlan all:
                sb.Append('(');
                Join(sb, all.Required, " AND ");
                foreach (var excluded in all.Excluded)
                {
                    sb.Append(" NOT ");
                    Append(sb, excluded);
                }

                sb.Append(')');
                break;
            case FacetPlan f:
                sb.Append("facets : (");
                for (int i = 0; i < f.Tokens.Count; i++)
                {
                    sb.Append(i > 0 ? " OR " : string.Empty);
                    Quote(sb, f.Tokens[i]);
                }

                sb.Append(')');
                break;
        }
    }

    private static void Join(StringBuilder sb, IReadOnlyList<MatchPlan> parts, string op)
    {
        sb.Append('(');
        for (int i = 0; i < parts.Count; i++)
        {
            sb.Append(i > 0 ? op : string.Empty);
            Append(sb, parts[i]);
        }

        sb.Append(')');
    }

    private static void Quote(StringBuilder sb, string text) => sb.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
