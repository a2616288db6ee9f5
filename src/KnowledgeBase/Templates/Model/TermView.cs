using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Templates.Model;

/// <summary>One term of a vocabulary: its names, its page, and the entries that carry it.</summary>
public sealed class TermView(Taxonomy taxonomy, TaxonomyTerm term, TemplateModel model)
{
    public string Slug => term.Slug;

    public string Name => term.Name;

    public string Description => term.Description;

    public IReadOnlyList<string> Aliases => term.Aliases;

    /// <summary>The key of the vocabulary it belongs to (needs, crime_types, ...).</summary>
    public string Taxonomy => taxonomy.Key;

    /// <summary>The term's page, listing every entry that carries it.</summary>
    public string Url => model.Urls.Term(taxonomy, term.Slug);

    /// <summary>The term's page of the menu of options (needs and crime types have one; others give the menu's form).</summary>
    public string MenuUrl => model.MenuUrl(taxonomy, term.Slug);

    /// <summary>The menu's form pre-filled with this term ("Menu of options for Croydon"), or null for a vocabulary the menu does not ask about.</summary>
    public string? MenuFormUrl => model.MenuFormUrl(taxonomy, term.Slug);

    /// <summary>The published entries carrying the term, by title.</summary>
    public IReadOnlyList<EntryView> Entries => model.Entries(model.Graph.WithTerm(taxonomy.Key, term.Slug));

    public int Count => model.Graph.WithTerm(taxonomy.Key, term.Slug).Length;

    /// <summary>How many published options carry the term.</summary>
    public int OptionCount => model.Graph.WithTerm(taxonomy.Key, term.Slug).Count(p => p.Entry.Kind == EntryKind.Option);
}
