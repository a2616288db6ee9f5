namespace KnowledgeBase.Templates.Model;

/// <summary>One entry of a governance diagram's text alternative, with the entries answering to it, by relation.</summary>
/// <param name="IsFocus">True for the entry the page is about.</param>
public sealed record GovernanceTextItemView(EntryView Entry, bool IsFocus, IReadOnlyList<GovernanceTextGroupView> Groups);
