namespace KnowledgeBase.Templates.Models;

/// <summary>The model of the glossary page: acronyms with their expansions, grouped by first letter.</summary>
public sealed record GlossaryPageModel(IReadOnlyList<LinkModel> Letters, IReadOnlyList<GlossaryLetterModel> Groups);

public sealed record GlossaryLetterModel(string Letter, string Id, IReadOnlyList<GlossaryItemModel> Items);

public sealed record GlossaryItemModel(string Acronym, string Id, string Expansion, string Definition, LinkModel? Entry);
