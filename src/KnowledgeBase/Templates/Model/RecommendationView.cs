using KnowledgeBase.Menu;

namespace KnowledgeBase.Templates.Model;

/// <summary>One option the menu recommends: its score, why it was chosen, who leads it and whom to involve.</summary>
public sealed class RecommendationView(RecommendedOption option)
{
    public string Title => option.Title;

    public string Url => option.Url;

    public double Score => option.Score;

    /// <summary>active, pilot, planned, ended; null when unknown.</summary>
    public string? Status => MenuNames.Of(option.Status);

    /// <summary>evaluated, reported-success, in-development, untested; null when unknown.</summary>
    public string? Evidence => MenuNames.Of(option.Evidence);

    public IReadOnlyList<string> Reasons => option.Reasons;

    public LinkView? Lead => option.Lead is { } lead ? new LinkView(lead.Title, lead.Url) : null;

    public IReadOnlyList<LinkView> Partners => [.. option.Partners.Select(p => new LinkView(p.Text, p.Url))];

    public IReadOnlyList<LinkView> Programmes => [.. option.Programmes.Select(p => new LinkView(p.Title, p.Url))];
}
