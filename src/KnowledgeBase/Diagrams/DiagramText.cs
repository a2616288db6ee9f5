namespace KnowledgeBase.Diagrams;

/// <summary>A line of text placed in a picture: <paramref name="X"/> its anchor (its centre or its start, as the picture draws it), <paramref name="Y"/> its baseline.</summary>
public sealed record DiagramText(string Text, int X, int Y);
