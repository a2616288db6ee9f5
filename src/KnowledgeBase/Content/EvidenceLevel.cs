namespace KnowledgeBase.Content;

/// <summary>
/// How strong the evidence of effect is, kept apart from the claim of effect (as the College of Policing's
/// Crime Reduction Toolkit does), so a commander sees at a glance what is proven.
/// </summary>
public enum EvidenceLevel
{
    Evaluated,
    ReportedSuccess,
    InDevelopment,
    Untested,
}
