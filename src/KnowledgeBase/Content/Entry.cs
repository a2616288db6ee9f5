using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// One validated entry of the manual: its front matter as typed values and its Markdown body.
/// Immutable: later stages derive new records from it rather than change it.
/// </summary>
public sealed record Entry
{
    public required string Slug { get; init; }

    public required EntryKind Kind { get; init; }

    /// <summary>Path from the site root with forward slashes, as diagnostics name it: content/options/x.md.</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>Taxonomy terms by vocabulary key (needs, crime_types, ...); every key of <see cref="Data.TaxonomySet.FacetKeys"/> is present.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Terms { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    public ImmutableArray<string> Needs => TermsOf("needs");

    public ImmutableArray<string> CrimeTypes => TermsOf("crime_types");

    public ImmutableArray<string> Boroughs => TermsOf("boroughs");

    public ImmutableArray<string> Wards { get; init; } = [];

    public string? Lead { get; init; }

    public string? LeadContact { get; init; }

    public ImmutableArray<string> Partners { get; init; } = [];

    public ImmutableArray<string> GovernedBy { get; init; } = [];

    public ImmutableArray<string> ReportsTo { get; init; } = [];

    public string? Chair { get; init; }

    public string? DeputyChair { get; init; }

    public ImmutableArray<string> Members { get; init; } = [];

    public ImmutableArray<string> UsedBy { get; init; } = [];

    public ImmutableArray<string> Related { get; init; } = [];

    public ImmutableArray<string> Keywords { get; init; } = [];

    public EntryStatus? Status { get; init; }

    public PartialDate? Started { get; init; }

    public PartialDate? Ended { get; init; }

    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>How far the work reaches; null when the front matter does not say (see <see cref="EntryScope"/>).</summary>
    public EntryScope? Scope { get; init; }

    /// <summary>Fields whose values are the editors' inference, not a source's statement (front matter <c>inferred</c>).</summary>
    public ImmutableArray<string> Inferred { get; init; } = [];

    /// <summary>One line saying why the editors inferred them (front matter <c>inferred_reason</c>).</summary>
    public string? InferredReason { get; init; }

    public bool IsInferred(string field) => Inferred.Contains(field, StringComparer.Ordinal);

    public Evidence? Evidence { get; init; }

    public Classification Classification { get; init; } = Classification.Official;

    public DateOnly? Reviewed { get; init; }

    public DateOnly? ReviewBy { get; init; }

    public bool Draft { get; init; }

    public string Body { get; init; } = "";

    /// <summary>
    /// The front matter as written. Other pages show only what it says of the entry (and the body's links), so an edit
    /// that leaves it as it was changes the entry's own page and who it links to, nothing else (see incremental rebuilds).
    /// </summary>
    public string FrontMatter { get; init; } = "";

    /// <summary>The 1-based line of the file on which the body starts, so Markdown diagnostics point at the file's own lines.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Where each field and each list item stands ("related", "related[2]"), for diagnostics found after loading.</summary>
    public ImmutableDictionary<string, SourceLocation> Locations { get; init; } = ImmutableDictionary<string, SourceLocation>.Empty;

    public ImmutableArray<string> TermsOf(string taxonomyKey) => Terms.GetValueOrDefault(taxonomyKey, []);

    public SourceLocation LocationOf(string field) =>
        Locations.TryGetValue(field, out var at) ? at : new SourceLocation(SourcePath, 1, 1);
}
