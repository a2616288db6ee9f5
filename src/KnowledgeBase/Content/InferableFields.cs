namespace KnowledgeBase.Content;

/// <summary>
/// The relations and tags an editor may mark as their own inference (front matter <c>inferred:</c>) rather than
/// what a source states. Text fields such as the title or summary are the editors' words anyway and are not listed.
/// </summary>
public static class InferableFields
{
    public static IReadOnlyList<string> All { get; } =
    [
        "needs", "crime_types", "gang_types", "focus", "boroughs", "communities", "audiences",
        "lead", "lead_contact", "partners", "governed_by", "reports_to", "chair", "deputy_chair", "members",
        "used_by", "related", "status", "started", "ended", "scope",
    ];

    public static bool Contains(string field) => All.Contains(field, StringComparer.Ordinal);
}
