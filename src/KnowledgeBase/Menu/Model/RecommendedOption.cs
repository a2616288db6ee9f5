using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>An option in the menu's answer, with the plain-English reasons it was chosen and where to go next.</summary>
/// <param name="Group">The need whose group put it in the flat list (coverage interleaving), or null.</param>
public sealed record RecommendedOption(
    string Slug,
    string Title,
    string Url,
    ImmutableArray<string> Needs,
    double Score,
    ImmutableArray<string> Reasons,
    MenuLink? Lead,
    ImmutableArray<MenuPartner> Partners,
    ImmutableArray<MenuProgramme> Programmes,
    MenuEvidence Evidence,
    MenuStatus Status,
    string? Group)
{
    /// <summary>The option's fields its editors inferred (lead, partners, used_by, a facet): cards mark them as such.</summary>
    public ImmutableArray<string> Inferred { get; init; } = [];

    /// <summary>One line on when to use it: the option's summary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>The lead's contact role, or null when the entry names none.</summary>
    public string? LeadContact { get; init; }
}
