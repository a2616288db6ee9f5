namespace KnowledgeBase.Templates.Models;

/// <summary>An entry's evidence of effect: its level (with an id for styling) and what the sources claim.</summary>
public sealed record EvidenceModel(string Level, string LevelId, string Note);
