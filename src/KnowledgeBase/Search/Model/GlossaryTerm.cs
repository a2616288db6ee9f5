namespace KnowledgeBase.Search;

/// <summary>An acronym and what it stands for; search expands each into the other.</summary>
public sealed record GlossaryTerm(string Acronym, string Expansion);
