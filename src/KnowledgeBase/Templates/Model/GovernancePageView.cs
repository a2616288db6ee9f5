namespace KnowledgeBase.Templates.Model;

/// <summary>The governance page (<c>/governance/</c>, layout <c>governance</c>): the whole site's diagram.</summary>
public sealed class GovernancePageView : PageView
{
    /// <summary>Every board, the bodies they report to, what they govern and the leads to and from boards.</summary>
    public required GovernanceFigureView Figure { get; init; }
}
