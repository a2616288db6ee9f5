namespace KnowledgeBase.Content;

/// <summary>The front matter fields of the content model, and which kinds may use each.</summary>
public static class EntryFields
{
    public static IReadOnlyList<string> All { get; } =
    [
        "title", "summary", "needs", "crime_types", "gang_types", "focus", "boroughs", "wards", "communities",
        "audiences", "lead", "lead_contact", "partners", "governed_by", "reports_to", "chair", "deputy_chair",
        "members", "used_by", "related", "keywords", "status", "started", "ended", "scope", "sources", "inferred", "inferred_reason", "evidence",
        "classification", "reviewed", "review_by", "draft",
    ];

    /// <summary>Fields that only make sense for one kind; elsewhere they are reported rather than ignored.</summary>
    public static EntryKind? OnlyFor(string field) => field switch
    {
        "reports_to" or "chair" or "deputy_chair" or "members" => EntryKind.Board,
        "used_by" => EntryKind.Option,
        _ => null,
    };

    /// <summary>Fields every entry of the manual must have (pages need only a title).</summary>
    public static IReadOnlyList<string> Required(EntryKind kind) => kind == EntryKind.Page
        ? ["title"]
        : ["title", "summary", "sources", "classification", "reviewed"];

    /// <summary>Fields whose values are slugs of other entries: (field, the kind they must name or null for any).</summary>
    public static IReadOnlyList<(string Field, EntryKind? Kind)> References { get; } =
    [
        ("lead", null), ("governed_by", EntryKind.Board), ("reports_to", EntryKind.Board),
        ("used_by", EntryKind.Programme), ("related", null),
    ];
}
