namespace KnowledgeBase.Menu;

/// <summary>How strong the evidence of an option's effect is (the College of Policing toolkit's distinction).</summary>
public enum MenuEvidence
{
    Unknown,
    Evaluated,
    ReportedSuccess,
    InDevelopment,
    Untested,
}
