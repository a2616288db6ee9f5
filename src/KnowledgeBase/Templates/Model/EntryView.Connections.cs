using KnowledgeBase.Content;

namespace KnowledgeBase.Templates.Model;

/// <summary>An entry's terms and the entries it names or is named by, from the site graph.</summary>
public sealed partial class EntryView
{
    /// <summary>The entry's terms, one item per vocabulary it has terms from, in the vocabularies' order.</summary>
    public IReadOnlyList<EntryTermsView> Terms => [.. _model.Taxonomies
        .Select(t => new EntryTermsView(t, _model.TermsOf(t, E.TermsOf(t.Key))))
        .Where(t => t.Terms.Count > 0)];

    public IReadOnlyList<TermView> Needs => _model.TermsOf(_model.Taxonomy("needs"), E.Needs);

    public EntryView? Lead => _model.Entry(E.Lead);

    /// <summary>Free text; a member or partner that is a published entry's slug has the entry's name and URL.</summary>
    public IReadOnlyList<LinkView> Members => _model.NamesOrLinks(E.Members);

    public IReadOnlyList<LinkView> Partners => _model.NamesOrLinks(E.Partners);

    public IReadOnlyList<EntryView> GovernedBy => _model.Entries(_model.Graph.Resolve(E.GovernedBy));

    public IReadOnlyList<EntryView> ReportsTo => _model.Entries(_model.Graph.Resolve(E.ReportsTo));

    /// <summary>For a board: the boards that report to it.</summary>
    public IReadOnlyList<EntryView> ReportedToBy => E.Kind == EntryKind.Board ? _model.Entries(_model.Graph.ReportedToBy(Slug)) : [];

    /// <summary>For a board: the entries it governs.</summary>
    public IReadOnlyList<EntryView> Governs => E.Kind == EntryKind.Board ? _model.Entries(_model.Graph.Governs(Slug)) : [];

    /// <summary>For an option: the programmes that use it.</summary>
    public IReadOnlyList<EntryView> Programmes => E.Kind == EntryKind.Option ? _model.Entries(_model.Graph.ProgrammesUsing(_page)) : [];

    /// <summary>For a programme: the options it uses.</summary>
    public IReadOnlyList<EntryView> Options => E.Kind == EntryKind.Programme ? _model.Entries(_model.Graph.OptionsUsedBy(_page)) : [];

    /// <summary>The editors' related entries first, then those the search index finds alike.</summary>
    public IReadOnlyList<EntryView> Related => _model.Related(Slug);

    /// <summary>Every entry that links to this one, in front matter or body, by title.</summary>
    public IReadOnlyList<EntryView> ReferredBy => _model.Entries(_model.Graph.ReferredBy(Slug));
}
