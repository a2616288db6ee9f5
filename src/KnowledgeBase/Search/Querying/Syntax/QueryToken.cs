namespace KnowledgeBase.Search.Querying.Syntax;

/// <summary>One lexical unit of a query. <paramref name="Key"/> is set for filters only.</summary>
internal sealed record QueryToken(QueryTokenKind Kind, string Text, bool Negated = false, string? Key = null);
