using System.Globalization;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Site;
using KnowledgeBase.Templates.Models;

namespace KnowledgeBase.Templates;

/// <summary>The entry page's model: the facts panel, evidence, body and the entries connected to it.</summary>
public sealed partial class ViewModelFactory
{
    public EntryPageModel EntryPage(SitePage page)
    {
        var e = page.Entry;
        return new EntryPageModel(
            e.Title,
            e.Summary,
            EntryKinds.Singular(e.Kind),
            EntryKinds.Id(e.Kind),
            _urls.Kind(e.Kind),
            ClassificationNames.Format(e.Classification),
            page.IsStale,
            page.ReviewDue is { } due ? FormatDate(due) : null,
            Facts(page),
            e.Evidence is { } ev ? new EvidenceModel(Enums.Name(ev.Level), Enums.Id(ev.Level), ev.Note) : null,
            e.Sources,
            page.Rendered.Html,
            [.. page.Rendered.Toc.Select(t => new TocModel(t.Id, t.Text, t.Level > 2))],
            Connections(page));
    }

    private List<FactModel> Facts(SitePage page)
    {
        var e = page.Entry;
        var facts = new List<FactModel> { new("Kind", [new LinkModel(EntryKinds.Singular(e.Kind), _urls.Kind(e.Kind))]) };
        foreach (var taxonomy in graph.Content.Taxonomies.Facets)
        {
            Add(facts, taxonomy.Title, e.TermsOf(taxonomy.Key).Select(t => new LinkModel(TermName(taxonomy.Key, t), _urls.Term(taxonomy, t))));
        }

        Add(facts, "Wards", e.Wards.Select(w => new LinkModel(w)));
        Add(facts, "Lead", graph.Resolve(e.Lead is null ? [] : [e.Lead]).Select(Link));
        Add(facts, "Lead contact", e.LeadContact is null ? [] : [new LinkModel(e.LeadContact)]);
        Add(facts, "Chair", e.Chair is null ? [] : [new LinkModel(e.Chair)]);
        Add(facts, "Deputy chair", e.DeputyChair is null ? [] : [new LinkModel(e.DeputyChair)]);
        Add(facts, "Members", e.Members.Select(NameOrLink));
        Add(facts, "Partners", e.Partners.Select(NameOrLink));
        Add(facts, "Governed by", graph.Resolve(e.GovernedBy).Select(Link));
        Add(facts, "Reports to", graph.Resolve(e.ReportsTo).Select(Link));
        Add(facts, "Status", e.Status is { } s ? [new LinkModel(Enums.Name(s))] : []);
        Add(facts, "Started", e.Started is { } st ? [new LinkModel(st.ToDisplay())] : []);
        Add(facts, "Ended", e.Ended is { } en ? [new LinkModel(en.ToDisplay())] : []);
        Add(facts, "Last reviewed", e.Reviewed is { } r ? [new LinkModel(FormatDate(r))] : []);
        Add(facts, "Review due", page.ReviewDue is { } due ? [new LinkModel(FormatDate(due))] : []);
        Add(facts, "Classification", [new LinkModel(ClassificationNames.Format(e.Classification))]);
        return facts;
    }

    private IReadOnlyList<GroupModel> Connections(SitePage page)
    {
        var groups = new List<GroupModel>();
        void Group(string title, string id, IEnumerable<SitePage> pages)
        {
            var cards = Cards(pages);
            if (cards.Count > 0)
            {
                groups.Add(new GroupModel(title, id, null, cards));
            }
        }

        var slug = page.Slug;
        if (page.Entry.Kind == EntryKind.Option)
        {
            Group("Programmes that use it", "used-by", graph.ProgrammesUsing(page));
        }

        if (page.Entry.Kind == EntryKind.Programme)
        {
            Group("Options it uses", "options", graph.OptionsUsedBy(page));
        }

        if (page.Entry.Kind == EntryKind.Board)
        {
            Group("Reported to by", "reported-to-by", graph.ReportedToBy(slug));
            Group("Governs", "governs", graph.Governs(slug));
        }

        // Every entry page's entry is in the search index, so the related-entries stage has a list for each.
        Group("Related entries", "related", graph.Resolve(related[slug]));
        var shown = groups.SelectMany(g => g.Cards).Select(c => c.Url).ToHashSet(StringComparer.Ordinal);
        Group("Referred to by", "referred-by", graph.ReferredBy(slug).Where(p => !shown.Contains(p.Url)));
        return groups;
    }

    private static void Add(List<FactModel> facts, string label, IEnumerable<LinkModel> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            facts.Add(new FactModel(label, list));
        }
    }

    private static LinkModel Link(SitePage page) => new(page.Title, page.Url);

    /// <summary>Partners and members are free text; a value that is a published entry's slug becomes a link to it.</summary>
    private LinkModel NameOrLink(string value) => graph.Find(value) is { } page ? Link(page) : new LinkModel(value);

    public static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
