namespace KnowledgeBase.Templates.Model;

/// <summary>One kind of connection an entry's page lists as cards: its heading, its anchor and its entries.</summary>
public sealed record ConnectionGroupView(string Title, string Id, IReadOnlyList<EntryView> Entries);
