namespace KnowledgeBase.Search.Querying.Syntax;

/// <summary>A node of a parsed query.</summary>
internal abstract record QueryNode;

/// <summary>A word as typed (one chunk between spaces; the analyzer may split it further).</summary>
internal sealed record WordNode(string Text) : QueryNode;

/// <summary>A "quoted phrase".</summary>
internal sealed record PhraseNode(string Text) : QueryNode;

/// <summary>A facet filter such as borough:lambeth.</summary>
internal sealed record FilterNode(string Key, string Value) : QueryNode;

/// <summary>NOT x, or -x.</summary>
internal sealed record NotNode(QueryNode Child) : QueryNode;

/// <summary>Children that must all match. <paramref name="Explicit"/> when the user wrote AND.</summary>
internal sealed record AndNode(IReadOnlyList<QueryNode> Children, bool Explicit) : QueryNode;

/// <summary>Children of which one must match.</summary>
internal sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;
