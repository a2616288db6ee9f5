namespace KnowledgeBase.Templates.Model;

/// <summary>The terms an entry carries from one vocabulary, in the entry's order.</summary>
public sealed record EntryTermsView(TaxonomyView Taxonomy, IReadOnlyList<TermView> Terms);
