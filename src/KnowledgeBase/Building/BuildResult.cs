using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Building;

/// <summary>What a build or check did: its diagnostics and, when it published, what it wrote.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> EntriesByKind,
    int PagesWritten,
    int FilesWritten,
    int Withheld,
    string? OutputFolder,
    TimeSpan Elapsed)
{
    /// <summary>The site graph the build assembled, for in-process users such as kb serve's menu API.</summary>
    public Site.SiteGraph? Graph { get; init; }

    /// <summary>Links to other sites, with the file and line each is written in; listed, never fetched.</summary>
    public System.Collections.Immutable.ImmutableArray<Validation.ExternalLink> ExternalLinks { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => Errors == 0;
}
