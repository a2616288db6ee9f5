namespace KnowledgeBase.Diagnostics;

/// <summary>
/// Collects every diagnostic of a run, so an editor sees all problems at once rather than the first.
/// Thread-safe: stages report from parallel work.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Report(SourceLocation at, Severity severity, string code, string message)
    {
        lock (_gate)
        {
            _items.Add(new Diagnostic(at.File, at.Line, at.Column, severity, code, message));
        }
    }

    public void Error(SourceLocation at, string code, string message) => Report(at, Severity.Error, code, message);

    public void Warning(SourceLocation at, string code, string message) => Report(at, Severity.Warning, code, message);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            _items.AddRange(diagnostics);
        }
    }

    /// <summary>
    /// Runs work that reports into a bag of its own, adds what it reported to this one, and returns both, so a cache
    /// can replay the diagnostics when it reuses the value.
    /// </summary>
    public (T Value, IReadOnlyList<Diagnostic> Reported) Recording<T>(Func<DiagnosticBag, T> work)
    {
        var own = new DiagnosticBag();
        var value = work(own);
        var reported = own.ToSortedList();
        AddRange(reported);
        return (value, reported);
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    /// <summary>The diagnostics in a stable order (file, line, column, code), whatever order work finished in.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return [.. _items
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
