using KnowledgeBase.Diagnostics;
using Scriban.Parsing;

namespace KnowledgeBase.Templates.Engine;

/// <summary>Where a Scriban span points, as a diagnostic names it: the template's file, 1-based line and column.</summary>
public static class TemplateDiagnostics
{
    public static SourceLocation At(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);
}
