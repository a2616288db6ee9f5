using System.Globalization;

namespace KnowledgeBase.Diagnostics;

/// <summary>
/// One problem found in the content, reported like a compiler's:
/// <c>content/options/x.md(7,10): error KB0104: unknown need 'prevnetion'; did you mean 'prevention'?</c>
/// </summary>
/// <param name="File">Path relative to the site root, with forward slashes.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Math.Max(Column, 1)}): {severity} {Code}: {Message}")
            : $"{File}: {severity} {Code}: {Message}";
    }
}
