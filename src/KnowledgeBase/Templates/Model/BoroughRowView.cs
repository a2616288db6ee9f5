namespace KnowledgeBase.Templates.Model;

/// <summary>
/// One row of the boroughs table, the map's text alternative: a borough, its page (null without one), its short
/// label on the map (null for a borough the grid has no square for), its programmes by name and how many entries
/// of each kind name it.
/// </summary>
public sealed record BoroughRowView(
    string Name,
    string? Url,
    string? Label,
    IReadOnlyList<EntryView> Programmes,
    int BoardCount,
    int OptionCount,
    int Count);
