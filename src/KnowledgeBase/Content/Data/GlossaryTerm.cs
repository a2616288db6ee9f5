namespace KnowledgeBase.Content.Data;

/// <summary>An acronym with its expansion, a one-line definition, and the entry it names if there is one.</summary>
public sealed record GlossaryTerm(string Acronym, string Expansion, string Definition, string? Entry);
