namespace KnowledgeBase.Menu;

/// <summary>The front matter's spelling of statuses and evidence levels, used in every JSON the menu writes.</summary>
public static class MenuNames
{
    public static string? Of(MenuStatus status) => status switch
    {
        MenuStatus.Active => "active",
        MenuStatus.Pilot => "pilot",
        MenuStatus.Planned => "planned",
        MenuStatus.Ended => "ended",
        _ => null,
    };

    public static string? Of(MenuEvidence evidence) => evidence switch
    {
        MenuEvidence.Evaluated => "evaluated",
        MenuEvidence.ReportedSuccess => "reported-success",
        MenuEvidence.InDevelopment => "in-development",
        MenuEvidence.Untested => "untested",
        _ => null,
    };

    public static MenuStatus StatusOf(string? name) => name switch
    {
        "active" => MenuStatus.Active,
        "pilot" => MenuStatus.Pilot,
        "planned" => MenuStatus.Planned,
        "ended" => MenuStatus.Ended,
        _ => MenuStatus.Unknown,
    };

    public static MenuEvidence EvidenceOf(string? name) => name switch
    {
        "evaluated" => MenuEvidence.Evaluated,
        "reported-success" => MenuEvidence.ReportedSuccess,
        "in-development" => MenuEvidence.InDevelopment,
        "untested" => MenuEvidence.Untested,
        _ => MenuEvidence.Unknown,
    };
}
