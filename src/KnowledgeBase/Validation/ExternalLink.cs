using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validation;

/// <summary>A link to another site, and the content or template file (and line, when known) it is written in.</summary>
public sealed record ExternalLink(string Url, SourceLocation At)
{
    public override string ToString() => At.Line > 0 ? $"{At.File}({At.Line},{Math.Max(At.Column, 1)}): {Url}" : $"{At.File}: {Url}";
}
