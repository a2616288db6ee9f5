namespace KnowledgeBase.Templates.Model;

/// <summary>One choice: the value sent, and the name shown.</summary>
public sealed record FilterChoiceView(string Value, string Name);
