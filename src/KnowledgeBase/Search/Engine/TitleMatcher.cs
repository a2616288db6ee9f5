using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// Counts how many of a query's concepts a title matches, as <see cref="PlanMatcher"/> does, but first checks
/// whether the title has any term a concept mentions at all. Note: broad queries rank thousands of entries and
/// most titles share no term with the query; the titles that do are found once per query in the title index,
/// so most entries cost one array read.
/// </summary>
internal sealed class TitleMatcher
{
    private readonly IReadOnlyList<MatchPlan> concepts;
    private readonly HashSet<string>?[] termsOf;

    /// <summary>Per document id, whether its title has any term of any concept; null when a concept needs no term.</summary>
    private readonly bool[]? mentioned;

    public TitleMatcher(IReadOnlyList<MatchPlan> concepts, IReadOnlyDictionary<string, int[]> titleIndex, int documents)
    {
        this.concepts = concepts;
        termsOf = new HashSet<string>?[concepts.Count];
        for (int i = 0; i < concepts.Count; i++)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            termsOf[i] = Collect(concepts[i], terms) ? terms : null;
        }

        if (termsOf.All(t => t is not null))
        {
            mentioned = new bool[documents + 1];
            foreach (string term in termsOf.SelectMany(t => t!))
            {
                foreach (int id in titleIndex.GetValueOrDefault(term) ?? [])
                {
                    mentioned[id] = true;
                }
            }
        }
    }

    public int Count(DocInfo doc) => mentioned is not null && !mentioned[doc.Id] ? 0 : Count(doc.TitleTerms);

    public int Count(string[] titleTerms)
    {
        int count = 0;
        for (int i = 0; i < concepts.Count; i++)
        {
            if ((termsOf[i] is not { } terms || Mentions(titleTerms, terms)) && PlanMatcher.Matches(concepts[i], titleTerms))
            {
                count++;
            }
        }

        return count;
    }

    private static bool Mentions(string[] titleTerms, HashSet<string> terms)
    {
        foreach (string term in titleTerms)
        {
            if (terms.Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gathers the plan's terms; false when a title could match it without holding any of them (a facet
    /// matches every title, an empty AND too), so the shortcut must not be taken.
    /// </summary>
    private static bool Collect(MatchPlan plan, HashSet<string> terms)
    {
        switch (plan)
        {
            case TermPlan t:
                terms.Add(t.Term);
                return true;
            case PhrasePlan p:
                terms.UnionWith(p.Terms);
                return p.Terms.Count > 0;
            case AnyPlan a:
                return a.Options.All(o => Collect(o, terms));
            case AllPlan all:
                return all.Required.Count > 0 && all.Required.All(r => Collect(r, terms));
            default:
                return false;
        }
    }
}
