namespace KnowledgeBase.Diagnostics;

/// <summary>A place in a source file: the file, and a 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);
}
