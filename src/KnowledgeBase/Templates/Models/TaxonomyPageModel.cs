namespace KnowledgeBase.Templates.Models;

/// <summary>The model of a taxonomy's index page: each term with how many entries carry it.</summary>
public sealed record TaxonomyPageModel(string Title, string Description, IReadOnlyList<TermModel> Terms);

/// <summary>A term on a taxonomy's index page.</summary>
public sealed record TermModel(string Name, string Url, string Description, int Count);
