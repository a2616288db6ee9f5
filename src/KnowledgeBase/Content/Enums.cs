namespace KnowledgeBase.Content;

/// <summary>The written forms of the content model's enumerations, one place for parsing and display.</summary>
public static class Enums
{
    public static IReadOnlyDictionary<string, EntryStatus> Statuses { get; } = new Dictionary<string, EntryStatus>(StringComparer.Ordinal)
    {
        ["active"] = EntryStatus.Active,
        ["pilot"] = EntryStatus.Pilot,
        ["planned"] = EntryStatus.Planned,
        ["ended"] = EntryStatus.Ended,
    };

    public static IReadOnlyDictionary<string, EvidenceLevel> EvidenceLevels { get; } = new Dictionary<string, EvidenceLevel>(StringComparer.Ordinal)
    {
        ["evaluated"] = EvidenceLevel.Evaluated,
        ["reported-success"] = EvidenceLevel.ReportedSuccess,
        ["in-development"] = EvidenceLevel.InDevelopment,
        ["untested"] = EvidenceLevel.Untested,
    };

    public static IReadOnlyDictionary<string, EntryScope> Scopes { get; } = new Dictionary<string, EntryScope>(StringComparer.Ordinal)
    {
        ["local"] = EntryScope.Local,
        ["london-wide"] = EntryScope.LondonWide,
        ["national"] = EntryScope.National,
    };

    public static string Name(EntryScope scope) => scope switch
    {
        EntryScope.Local => "Local",
        EntryScope.LondonWide => "London-wide",
        _ => "National",
    };

    public static string Id(EntryStatus status) => Statuses.First(p => p.Value == status).Key;

    public static string Id(EvidenceLevel level) => EvidenceLevels.First(p => p.Value == level).Key;

    public static string Name(EntryStatus status) => status switch
    {
        EntryStatus.Active => "Active",
        EntryStatus.Pilot => "Pilot",
        EntryStatus.Planned => "Planned",
        _ => "Ended",
    };

    /// <summary>The steps of the evidence scale a page draws, weakest first.</summary>
    public const int EvidenceSteps = 4;

    /// <summary>The level's place on the evidence scale: untested is 1 of 4, evaluated 4 of 4.</summary>
    public static int Step(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Evaluated => 4,
        EvidenceLevel.ReportedSuccess => 3,
        EvidenceLevel.InDevelopment => 2,
        _ => 1,
    };

    public static string Name(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Evaluated => "Evaluated",
        EvidenceLevel.ReportedSuccess => "Reported success",
        EvidenceLevel.InDevelopment => "In development",
        _ => "Untested",
    };
}
