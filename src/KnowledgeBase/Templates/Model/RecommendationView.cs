using KnowledgeBase.Menu;

namespace KnowledgeBase.Templates.Model;

/// <summary>One option the menu recommends: when to use it, its evidence and status in words, why it was chosen, who leads it and whom to call.</summary>
public sealed class RecommendationView(RecommendedOption option)
{
    public string Slug => option.Slug;

    public string Title => option.Title;

    public string Url => option.Url;

    /// <summary>One line on when to use it.</summary>
    public string Summary => option.Summary;

    /// <summary>Active, Pilot, Planned, Ended; null when unknown.</summary>
    public string? StatusName => MenuWording.StatusName(option.Status);

    /// <summary>Evaluated, Reported success, In development, Untested; null when unknown.</summary>
    public string? EvidenceName => MenuWording.EvidenceName(option.Evidence);

    /// <summary>The evidence level for the scale the pages draw (as an entry's <c>evidence</c>, without a note); null when unknown.</summary>
    public EvidenceView? EvidenceLevel => MenuWording.EvidenceName(option.Evidence) is { } name
        ? new EvidenceView(name, MenuNames.Of(option.Evidence)!, "", MenuWording.EvidenceStep(option.Evidence))
        : null;

    /// <summary>The evidence scale as text ("■■■□"), for a theme that writes it so.</summary>
    public string EvidenceScale => MenuWording.EvidenceScale(option.Evidence);

    /// <summary>The reasons as one short sentence.</summary>
    public string Why => MenuWording.Why(option.Reasons, option.Status, option.Evidence);

    /// <summary>Whom to call: the lead's contact role, or null.</summary>
    public string? LeadContact => option.LeadContact;

    /// <summary>active, pilot, planned, ended; null when unknown.</summary>
    public string? Status => MenuNames.Of(option.Status);

    /// <summary>evaluated, reported-success, in-development, untested; null when unknown.</summary>
    public string? Evidence => MenuNames.Of(option.Evidence);

    public IReadOnlyList<string> Reasons => option.Reasons;

    public LinkView? Lead => option.Lead is { } lead ? new LinkView(lead.Title, lead.Url) : null;

    /// <summary>The fields the editors inferred, by front matter name (lead, partners, used_by, crime_types, ...).</summary>
    public IReadOnlyList<string> Inferred => option.Inferred;

    public IReadOnlyList<LinkView> Partners => [.. option.Partners.Select(p => new LinkView(p.Text, p.Url))];

    /// <summary>The programmes using the option, except its lead (named already).</summary>
    public IReadOnlyList<LinkView> Programmes =>
        [.. option.Programmes.Where(p => p.Slug != option.Lead?.Slug).Select(p => new LinkView(p.Title, p.Url))];
}
