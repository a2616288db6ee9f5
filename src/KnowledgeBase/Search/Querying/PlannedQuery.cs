using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Querying;

/// <summary>A query ready to run.</summary>
/// <param name="Plan">What must match, or null when there is nothing to look for.</param>
/// <param name="Fallback">For a plain list of words: any of them, ranked by how many match. Tried when the plan finds nothing.</param>
/// <param name="Concepts">The query's words (with their alternatives), to count how many an entry matches.</param>
/// <param name="Highlight">Terms to mark in snippets.</param>
/// <param name="Messages">What the user should know about how the query was read.</param>
internal sealed record PlannedQuery(
    MatchPlan? Plan,
    MatchPlan? Fallback,
    IReadOnlyList<MatchPlan> Concepts,
    IReadOnlySet<string> Highlight,
    IReadOnlyList<string> Messages);
