namespace KnowledgeBase.Menu;

/// <summary>An option's index in the catalog with its score for one query.</summary>
internal readonly record struct Ranked(int Index, double Score);
