namespace KnowledgeBase.Templates.Model;

/// <summary>The entries answering to one entry in one way: <c>relation</c> is "Reported to by", "Governs" or "Leads".</summary>
public sealed record GovernanceTextGroupView(string Relation, IReadOnlyList<GovernanceTextMemberView> Members);
