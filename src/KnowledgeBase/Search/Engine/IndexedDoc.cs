namespace KnowledgeBase.Search.Engine;

/// <summary>What a result shows of an entry, read from the index's stored fields once when it is opened.</summary>
/// <param name="Parents">The documents of the entries this one names as its lead or user (<see cref="ParentBoost"/>).</param>
/// <param name="Governors">The documents of the bodies this one reports to or is governed by (<see cref="GovernanceAnswer"/>).</param>
internal sealed record IndexedDoc(string Slug, string Title, string Kind, string Url, string? Evidence, int[] Parents, int[] Governors);
