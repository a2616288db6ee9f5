using System.Collections.Immutable;
using KnowledgeBase.Content;
using KnowledgeBase.Menu;

namespace KnowledgeBase.Site;

/// <summary>
/// What the menu of options sees of the site: every published option with its lead, partners and the
/// programmes that use it (whose boroughs count for locality), and the vocabularies profiles are read against,
/// with the search lexicon's words for each term (<see cref="MenuLexicon"/>).
/// A step of its own over the finished graph: the builder makes the catalog once for the menu pages and the data
/// file; kb serve and kb menu make it for their answers.
/// </summary>
public static class MenuCatalogs
{
    public static MenuCatalog From(SiteGraph graph)
    {
        var options = graph.OfKind(EntryKind.Option)
            .OrderBy(p => p.Slug, StringComparer.Ordinal)
            .Select(p => Option(graph, p))
            .ToImmutableArray();
        var vocabularies = graph.Content.Taxonomies.Facets
            .Select(t => new MenuVocabulary(t.Key, t.Title, t.Singular, [.. t.Terms.Select(term => new MenuTerm(term.Slug, term.Name, term.Aliases) { CrimeType = term.CrimeType })]))
            .ToImmutableArray();
        return new MenuCatalog(options, MenuLexicon.Expand(vocabularies, SearchDocuments.Lexicon(graph)));
    }

    private static MenuOptionData Option(SiteGraph graph, SitePage page)
    {
        var e = page.Entry;
        return new MenuOptionData
        {
            Slug = e.Slug,
            Title = e.Title,
            Url = page.Url,
            Summary = e.Summary,
            Needs = e.Needs,
            CrimeTypes = e.CrimeTypes,
            GangTypes = e.TermsOf("gang_types"),
            Focus = e.TermsOf("focus"),
            Boroughs = e.Boroughs,
            Communities = e.TermsOf("communities"),
            Audiences = e.TermsOf("audiences"),
            Status = Status(e.Status),
            Evidence = e.Evidence?.Level switch
            {
                EvidenceLevel.Evaluated => MenuEvidence.Evaluated,
                EvidenceLevel.ReportedSuccess => MenuEvidence.ReportedSuccess,
                EvidenceLevel.InDevelopment => MenuEvidence.InDevelopment,
                EvidenceLevel.Untested => MenuEvidence.Untested,
                _ => MenuEvidence.Unknown,
            },
            Lead = graph.Find(e.Lead) is { } lead ? new MenuLink(lead.Slug, lead.Title, lead.Url) : null,
            LeadContact = e.LeadContact,
            Partners = [.. e.Partners.Select(p => graph.Find(p) is { } entry ? new MenuPartner(entry.Title, entry.Url) : new MenuPartner(p))],
            Programmes = [.. graph.ProgrammesUsing(page).Select(p => new MenuProgramme(p.Slug, p.Title, p.Url, p.Entry.Boroughs, Status(p.Entry.Status)))],
            Keywords = e.Keywords,
            Inferred = e.Inferred,
            LondonWide = e.Scope is EntryScope.LondonWide or EntryScope.National,
            Body = page.Rendered.PlainText,
        };
    }

    private static MenuStatus Status(EntryStatus? status) => status switch
    {
        EntryStatus.Active => MenuStatus.Active,
        EntryStatus.Pilot => MenuStatus.Pilot,
        EntryStatus.Planned => MenuStatus.Planned,
        EntryStatus.Ended => MenuStatus.Ended,
        _ => MenuStatus.Unknown,
    };
}
