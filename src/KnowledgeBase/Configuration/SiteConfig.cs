namespace KnowledgeBase.Configuration;

/// <summary>The settings of one site, from <c>site.config.yml</c> with command-line overrides applied.</summary>
public sealed record SiteConfig
{
    public const string FileName = "site.config.yml";

    public string Title { get; init; } = "Knowledge base";

    public string Description { get; init; } = "";

    /// <summary>Absolute URL the site is published at; always ends with '/'. Used by the sitemap and feed.</summary>
    public Uri BaseUrl { get; init; } = new("http://localhost/");

    /// <summary>The path part of <see cref="BaseUrl"/>: every internal link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    public string Language { get; init; } = "en-GB";

    /// <summary>Folder the site is written to, relative to the site root unless absolute.</summary>
    public string Output { get; init; } = "_site";

    public string Content { get; init; } = "content";

    public string Theme { get; init; } = "default";

    /// <summary>The highest marking the build may publish; entries above it reach no output file.</summary>
    public Classification MaxClassification { get; init; } = Classification.Official;

    /// <summary>How long after its last review an entry is flagged "may be out of date".</summary>
    public int ReviewIntervalMonths { get; init; } = 12;

    public int RecentEntries { get; init; } = 8;

    public int FeedEntries { get; init; } = 20;

    /// <summary>Who owns the manual, shown in the footer.</summary>
    public string Owner { get; init; } = "";

    /// <summary>How readers report a mistake, shown in the footer.</summary>
    public string Contact { get; init; } = "";

    public bool IncludeDrafts { get; init; }
}
