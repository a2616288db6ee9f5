namespace KnowledgeBase.Templates.Model;

/// <summary>An entry in a line of the text alternative, and whether the editors inferred that line.</summary>
public sealed record GovernanceTextMemberView(EntryView Entry, bool Inferred);
