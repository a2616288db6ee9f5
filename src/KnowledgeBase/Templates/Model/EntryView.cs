using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Markdown;
using KnowledgeBase.Site;
using KnowledgeBase.Templates.Engine;

namespace KnowledgeBase.Templates.Model;

/// <summary>
/// A published entry or page as templates see it: its typed front matter, rendered body and contents, its terms
/// and the entries it is connected to. The page of an entry is this object; listings and connections hold it too.
/// Connections are read from the site graph when a template asks for them.
/// </summary>
public sealed partial class EntryView : PageView
{
    private readonly SitePage _page;
    private readonly TemplateModel _model;

    internal EntryView(SitePage page, TemplateModel model)
    {
        _page = page;
        _model = model;
        var kind = page.Entry.Kind;
        Title = page.Title;
        Description = page.Entry.Summary;
        Url = page.Url;
        Permalink = model.Permalink(page.Url);
        Type = kind == EntryKind.Page ? "page" : EntryKinds.Id(kind);
        Marking = ClassificationNames.Format(page.Entry.Classification);
        Breadcrumbs = kind == EntryKind.Page
            ? model.Crumbs((page.Title, null))
            : model.Crumbs((EntryKinds.Plural(kind), model.Urls.Kind(kind)), (page.Title, null));
    }

    private Entry E => _page.Entry;

    public string Slug => E.Slug;

    public string Summary => E.Summary;

    public KindView Kind => _model.Kind(E.Kind);

    /// <summary>The entry's file from the site root: content/options/x.md.</summary>
    public string File => E.SourcePath;

    /// <summary>The entry's own marking: OFFICIAL, OFFICIAL-SENSITIVE, ...</summary>
    public string Classification => ClassificationNames.Format(E.Classification);

    /// <summary>Active, Pilot, Planned or Ended; null when the entry has no status.</summary>
    public string? Status => E.Status is { } s ? Enums.Name(s) : null;

    public string? StatusId => E.Status is { } s ? Enums.Id(s) : null;

    /// <summary>As written: a year, a month and year, or a full date ("July 2004").</summary>
    public string? Started => E.Started?.ToDisplay();

    public string? Ended => E.Ended?.ToDisplay();

    public DateOnly? Reviewed => E.Reviewed;

    public DateOnly? ReviewDue => _page.ReviewDue;

    /// <summary>True past the review date: the page warns it may be out of date.</summary>
    public bool Stale => _page.IsStale;

    public EvidenceView? Evidence => E.Evidence is { } ev ? new EvidenceView(Enums.Name(ev.Level), Enums.Id(ev.Level), ev.Note, Enums.Step(ev.Level)) : null;

    public IReadOnlyList<string> Sources => E.Sources;

    public IReadOnlyList<string> Wards => E.Wards;

    public IReadOnlyList<string> Keywords => E.Keywords;

    public string? LeadContact => E.LeadContact;

    public string? Chair => E.Chair;

    public string? DeputyChair => E.DeputyChair;

    /// <summary>The rendered body, written as it is (it is the one HTML an editor's Markdown makes).</summary>
    public TrustedHtml Content => new(_page.Rendered.Html);

    /// <summary>The body's headings: level (2 or 3), id and text.</summary>
    public IReadOnlyList<TocItem> Toc => _page.Rendered.Toc;
}
