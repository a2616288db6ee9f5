namespace KnowledgeBase.Templates.Model;

/// <summary>An entry's evidence of effect: the level's name and id (evaluated, reported-success, ...) and the sources' claim.</summary>
public sealed record EvidenceView(string Level, string LevelId, string Note);
