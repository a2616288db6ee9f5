namespace KnowledgeBase.Search.Engine;

/// <summary>A token read back from the index's snippet table.</summary>
/// <param name="Start">Offset of the first character in the text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Key">Identifies the token's term: equal keys, equal terms.</param>
/// <param name="Hit">True when the term is one the query highlights.</param>
internal readonly record struct StoredToken(int Start, int End, int Key, bool Hit);
