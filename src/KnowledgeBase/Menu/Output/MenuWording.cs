namespace KnowledgeBase.Menu;

/// <summary>
/// How a result reads to a commander: evidence and status in words, the evidence scale, and the reasons as one
/// short sentence. The page, the static pages and the terminal all use these; assets/menu.js repeats them.
/// </summary>
public static class MenuWording
{
    /// <summary>The steps of the evidence scale, weakest first: "untested" is 1 of 4, "evaluated" 4 of 4.</summary>
    public const int EvidenceSteps = 4;

    public static string? EvidenceName(MenuEvidence evidence) => evidence switch
    {
        MenuEvidence.Evaluated => "Evaluated",
        MenuEvidence.ReportedSuccess => "Reported success",
        MenuEvidence.InDevelopment => "In development",
        MenuEvidence.Untested => "Untested",
        _ => null,
    };

    /// <summary>The level's place on the scale (1-4), 0 when unknown.</summary>
    public static int EvidenceStep(MenuEvidence evidence) => evidence switch
    {
        MenuEvidence.Evaluated => 4,
        MenuEvidence.ReportedSuccess => 3,
        MenuEvidence.InDevelopment => 2,
        MenuEvidence.Untested => 1,
        _ => 0,
    };

    /// <summary>The scale as text ("■■■□" for reported success), so it reads without colour.</summary>
    public static string EvidenceScale(MenuEvidence evidence) =>
        new string('■', EvidenceStep(evidence)) + new string('□', EvidenceSteps - EvidenceStep(evidence));

    public static string? StatusName(MenuStatus status) => status switch
    {
        MenuStatus.Active => "Active",
        MenuStatus.Pilot => "Pilot",
        MenuStatus.Planned => "Planned",
        MenuStatus.Ended => "Ended",
        _ => null,
    };

    public static string? StatusReason(MenuStatus status) => status switch
    {
        MenuStatus.Active => "active now",
        MenuStatus.Pilot => "running as a pilot",
        MenuStatus.Planned => "planned, not yet running",
        MenuStatus.Ended => "ended: learn from it rather than join it",
        _ => null,
    };

    public static string? EvidenceReason(MenuEvidence evidence) => evidence switch
    {
        MenuEvidence.Evaluated => "evaluated: there is evidence of its effect",
        MenuEvidence.ReportedSuccess => "reported success, not independently evaluated",
        MenuEvidence.InDevelopment => "still in development: no results yet",
        MenuEvidence.Untested => "no results reported yet",
        _ => null,
    };

    /// <summary>
    /// The reasons as one sentence ("Serves prevention; answers knife-enabled crime; runs in Croydon."), without
    /// the status and evidence reasons, which a result shows as facts of their own.
    /// </summary>
    public static string Why(IEnumerable<string> reasons, MenuStatus status, MenuEvidence evidence)
    {
        var shown = reasons.Where(r => r != StatusReason(status) && r != EvidenceReason(evidence)).ToList();
        if (shown.Count == 0)
        {
            return "";
        }

        var sentence = string.Join("; ", shown);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }
}
