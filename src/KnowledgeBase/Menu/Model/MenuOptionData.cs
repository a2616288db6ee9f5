using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>One option of the menu as the engine sees it; the lead maps the site graph's option pages onto it.</summary>
public sealed record MenuOptionData
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Url { get; init; }

    public string Summary { get; init; } = "";

    public ImmutableArray<string> Needs { get; init; } = [];

    public ImmutableArray<string> CrimeTypes { get; init; } = [];

    public ImmutableArray<string> GangTypes { get; init; } = [];

    public ImmutableArray<string> Focus { get; init; } = [];

    public ImmutableArray<string> Boroughs { get; init; } = [];

    public ImmutableArray<string> Communities { get; init; } = [];

    public ImmutableArray<string> Audiences { get; init; } = [];

    public MenuStatus Status { get; init; }

    public MenuEvidence Evidence { get; init; }

    public MenuLink? Lead { get; init; }

    /// <summary>Whom to call about the option (front matter <c>lead_contact</c>, a role such as "Commander Violent Crime").</summary>
    public string? LeadContact { get; init; }

    public ImmutableArray<MenuPartner> Partners { get; init; } = [];

    public ImmutableArray<MenuProgramme> Programmes { get; init; } = [];

    /// <summary>
    /// The option's fields its editors inferred rather than took from a source (front matter <c>inferred</c>): an
    /// inferred facet, or inferred boroughs or programmes, count for <see cref="MenuWeights.InferredShare"/> of a stated one.
    /// </summary>
    public ImmutableArray<string> Inferred { get; init; } = [];

    /// <summary>True for work that is London-wide or national: open to every borough whatever programmes run it where.</summary>
    public bool LondonWide { get; init; }

    /// <summary>Extra words the option should be found by (front matter <c>keywords</c>).</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>The body as plain text or Markdown; only its words are used, for the browser's text match.</summary>
    public string Body { get; init; } = "";

    /// <summary>The option's terms in one facet of <see cref="MenuFacets"/>.</summary>
    public ImmutableArray<string> TermsOf(string facet) => facet switch
    {
        MenuFacets.Needs => Needs,
        MenuFacets.CrimeTypes => CrimeTypes,
        MenuFacets.GangTypes => GangTypes,
        MenuFacets.Focus => Focus,
        MenuFacets.Boroughs => Boroughs,
        MenuFacets.Communities => Communities,
        MenuFacets.Audiences => Audiences,
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "Not a menu facet."),
    };
}
