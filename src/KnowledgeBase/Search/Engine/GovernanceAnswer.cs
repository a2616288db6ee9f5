using System.Text.RegularExpressions;

namespace KnowledgeBase.Search.Engine;

/// <summary>
/// A question about a reporting line ("who does the GGW board report to", "who is the VCD accountable to", "who
/// oversees ...") asks for the body the best match answers to, which its words rarely name: the bodies the best match
/// reports to or is governed by come first, in the order the entry names them and at its score, whether or not the
/// query's words match them; the rest keep their order. search.js answers the same way.
/// </summary>
internal static partial class GovernanceAnswer
{
    /// <summary>
    /// Whether the query asks what something reports to, answers to or is governed by: the words in a question
    /// (<paramref name="question"/>, as the query builder read it), or ending the query ("ggw board report to");
    /// "a report to parliament on knives" is not asking.
    /// </summary>
    public static bool Asks(string query, bool question)
    {
        string text = query.Trim().TrimEnd('?', '!', '.', ' ');
        var asking = Asking().Matches(text);
        return asking.Count > 0 && (question || asking[^1].Index + asking[^1].Length == text.Length);
    }

    /// <summary>The ranked results (best first), with the best match's governors first; the same list when it has none.</summary>
    public static List<(int Doc, double Score)> Apply(List<(int Doc, double Score)> ranked, Func<int, int[]> governors)
    {
        if (ranked.Count == 0)
        {
            return ranked;
        }

        var (top, score) = ranked[0];
        var lifted = governors(top).Where(g => g != top).Distinct().ToList();
        if (lifted.Count == 0)
        {
            return ranked;
        }

        var answer = lifted.Select(g => (g, score)).ToList();
        answer.AddRange(ranked.Where(r => !lifted.Contains(r.Doc)));
        return answer;
    }

    // The same pattern as search.js's GOVERNANCE.
    [GeneratedRegex(@"\b(?:reports?|reporting|accountable|answers?|answerable)\s+to\b|\b(?:governed|overseen|supervised)\s+by\b|\bwho\s+(?:governs|oversees|supervises)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Asking();
}
