using KnowledgeBase.Configuration;

namespace KnowledgeBase.Building;

/// <summary>What to build and how: the command line's options, before they are merged over the config.</summary>
/// <param name="SiteRoot">The folder holding site.config.yml, content/ and themes/.</param>
/// <param name="BuildDate">The day review deadlines are judged against (from the injected clock).</param>
public sealed record BuildRequest(string SiteRoot, DateOnly BuildDate)
{
    public string? ConfigPath { get; init; }

    public string? Output { get; init; }

    public Classification? MaxClassification { get; init; }

    public bool IncludeDrafts { get; init; }

    public IBuildProgress? Progress { get; init; }
}
