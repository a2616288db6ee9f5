namespace KnowledgeBase.Site.Governance;

/// <summary>How one entry answers to another, as its front matter says.</summary>
public enum GovernanceRelation
{
    /// <summary>A board's <c>reports_to</c>: it reports to another board.</summary>
    ReportsTo,

    /// <summary>An entry's <c>governed_by</c>: a board governs it.</summary>
    GovernedBy,

    /// <summary>An entry's <c>lead</c>: another programme, unit or board leads it.</summary>
    LedBy,
}
