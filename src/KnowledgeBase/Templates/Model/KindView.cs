using KnowledgeBase.Content;

namespace KnowledgeBase.Templates.Model;

/// <summary>A kind of entry (programme, board, option, page) as templates see it.</summary>
public sealed class KindView(EntryKind kind, TemplateModel model)
{
    /// <summary>programme, board, option or page: the id URLs' query strings and CSS classes use.</summary>
    public string Id => EntryKinds.Id(kind);

    public string Singular => EntryKinds.Singular(kind);

    public string Plural => EntryKinds.Plural(kind);

    public string Description => EntryKinds.Describe(kind);

    /// <summary>The kind's listing page; pages (About) have none and give the site's home.</summary>
    public string Url => kind == EntryKind.Page ? model.Urls.Home : model.Urls.Kind(kind);

    /// <summary>The published entries of this kind, by title.</summary>
    public IReadOnlyList<EntryView> Entries => model.Entries(model.Graph.OfKind(kind));

    public int Count => model.Graph.OfKind(kind).Length;
}
