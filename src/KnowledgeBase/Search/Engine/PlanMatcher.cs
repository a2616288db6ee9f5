using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Engine;

/// <summary>Whether a plan matches a list of terms (a title), without the index.</summary>
internal static class PlanMatcher
{
    public static bool Matches(MatchPlan plan, string[] terms) => plan switch
    {
        TermPlan t => Array.IndexOf(terms, t.Term) >= 0,
        PhrasePlan p => HasPhrase(terms, p.Terms),
        AnyPlan a => a.Options.Any(o => Matches(o, terms)),
        AllPlan all => all.Required.All(r => Matches(r, terms)) && !all.Excluded.Any(x => Matches(x, terms)),
        _ => true,
    };

    private static bool HasPhrase(string[] terms, IReadOnlyList<string> phrase)
    {
        for (int i = 0; i + phrase.Count <= terms.Length; i++)
        {
            int k = 0;
            while (k < phrase.Count && terms[i + k] == phrase[k])
            {
                k++;
            }

            if (k == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }
}
