using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// What a commander describes: the needs to meet, the problem's facets and free text. Values are term slugs
/// once normalised by <see cref="MenuProfileParser"/>; before that they may be names or aliases.
/// </summary>
public sealed record MenuProfile
{
    public static readonly MenuProfile Empty = new();

    public ImmutableArray<string> Needs { get; init; } = [];

    public ImmutableArray<string> CrimeTypes { get; init; } = [];

    public ImmutableArray<string> GangTypes { get; init; } = [];

    public ImmutableArray<string> Focus { get; init; } = [];

    public ImmutableArray<string> Boroughs { get; init; } = [];

    public ImmutableArray<string> Communities { get; init; } = [];

    public ImmutableArray<string> Audiences { get; init; } = [];

    public string Text { get; init; } = "";

    /// <summary>True when the commander gave nothing at all: the menu then answers with its default menu.</summary>
    public bool IsEmpty => MenuFacets.All.All(f => TermsOf(f).IsDefaultOrEmpty) && string.IsNullOrWhiteSpace(Text);

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

    /// <summary>A copy with one facet's values replaced.</summary>
    public MenuProfile With(string facet, ImmutableArray<string> values) => facet switch
    {
        MenuFacets.Needs => this with { Needs = values },
        MenuFacets.CrimeTypes => this with { CrimeTypes = values },
        MenuFacets.GangTypes => this with { GangTypes = values },
        MenuFacets.Focus => this with { Focus = values },
        MenuFacets.Boroughs => this with { Boroughs = values },
        MenuFacets.Communities => this with { Communities = values },
        MenuFacets.Audiences => this with { Audiences = values },
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "Not a menu facet."),
    };
}
