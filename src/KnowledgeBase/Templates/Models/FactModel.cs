namespace KnowledgeBase.Templates.Models;

/// <summary>One row of an entry's facts panel: a label and its values.</summary>
public sealed record FactModel(string Label, IReadOnlyList<LinkModel> Items);
