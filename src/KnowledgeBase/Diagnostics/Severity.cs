namespace KnowledgeBase.Diagnostics;

/// <summary>How serious a diagnostic is. Any error stops a build from publishing.</summary>
public enum Severity
{
    Warning,
    Error,
}
