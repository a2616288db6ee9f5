namespace KnowledgeBase.Site.Governance;

/// <summary>
/// One line of accountability: <paramref name="Below"/> answers to <paramref name="Above"/> (reports to it, is governed
/// by it or is led by it). The line is written in <paramref name="Below"/>'s front matter.
/// </summary>
/// <param name="Inferred">True when <paramref name="Below"/> marks the field as the editors' inference (<c>inferred:</c>).</param>
public sealed record GovernanceLine(SitePage Below, SitePage Above, GovernanceRelation Relation, bool Inferred)
{
    /// <summary>The front matter field the line comes from.</summary>
    public string Field => Relation switch
    {
        GovernanceRelation.ReportsTo => "reports_to",
        GovernanceRelation.GovernedBy => "governed_by",
        _ => "lead",
    };
}
