namespace KnowledgeBase.Search.Querying.Plans;

/// <summary>
/// A query after analysis: index terms and how they combine. It compiles to one FTS5 MATCH expression, and
/// search.js evaluates the same shape over its own index.
/// </summary>
internal abstract record MatchPlan;

/// <summary>One index term.</summary>
internal sealed record TermPlan(string Term) : MatchPlan;

/// <summary>Terms next to each other in one column.</summary>
internal sealed record PhrasePlan(IReadOnlyList<string> Terms) : MatchPlan;

/// <summary>Any of the alternatives: the word as typed, a correction, an acronym's expansion.</summary>
internal sealed record AnyPlan(IReadOnlyList<MatchPlan> Options) : MatchPlan;

/// <summary>All of <paramref name="Required"/>, none of <paramref name="Excluded"/>.</summary>
internal sealed record AllPlan(IReadOnlyList<MatchPlan> Required, IReadOnlyList<MatchPlan> Excluded) : MatchPlan;

/// <summary>A facet filter: the entry carries one of these facet tokens.</summary>
internal sealed record FacetPlan(IReadOnlyList<string> Tokens) : MatchPlan;
