using System.Collections.Immutable;

namespace KnowledgeBase.Diagrams;

/// <summary>Text broken into lines, and whether it had to be shortened to fit.</summary>
public sealed record FittedText(ImmutableArray<string> Lines, bool Truncated);
