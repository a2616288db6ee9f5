namespace KnowledgeBase.Content.Sources;

/// <summary>One paragraph mark of a citation as written ("¶8-9"), and the paragraphs it covers.</summary>
public sealed record CitationMark(string Text, int First, int Last);
