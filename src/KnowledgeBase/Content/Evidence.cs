namespace KnowledgeBase.Content;

/// <summary>What is known of an entry's effect: its level and a note saying what the sources claim.</summary>
public sealed record Evidence(EvidenceLevel Level, string Note);
