using KnowledgeBase.Content;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Boroughs;
using KnowledgeBase.Templates;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Building.Incremental;

/// <summary>
/// The pages an edit of some entries can change, from the site graph before and after it. An edit that leaves an
/// entry's front matter as it was changes its own page and, through the body's links, the "referred to by" lists of
/// the entries it stops or starts linking to. Any other edit (front matter, a new, deleted or withheld entry) also
/// changes every entry page that names it or shows it (links either way, related lists, governance diagrams around
/// it), the listings of its terms and kinds before and after, and the site-wide pages (home, vocabularies, menu,
/// governance, timeline, sources, glossary). Related lists found by the search index, which any body can change,
/// are brought up to date afterwards (<see cref="SiteUpdater.Settle"/>).
/// </summary>
internal sealed class EditImpact
{
    private readonly HashSet<string> _urls = new(StringComparer.Ordinal);
    private readonly HashSet<string> _untouchedListings = new(StringComparer.Ordinal);
    private bool _siteWide;

    private EditImpact()
    {
    }

    /// <summary>True when no entry changed, appeared or went (a file saved as it was).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>Whether the page must be laid out again.</summary>
    public bool Touches(PageJob job) =>
        _urls.Contains(job.Url) || (_siteWide && job.Layout is not ("entry" or "page") && !_untouchedListings.Contains(job.Url));

    public static EditImpact Between(SiteGraph before, SiteGraph after, IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<string>> related, TemplateModel model)
    {
        var old = before.Content.Entries.ToDictionary(e => e.SourcePath, StringComparer.Ordinal);
        var changed = after.Content.Entries.Where(e => !old.Remove(e.SourcePath, out var was) || !ReferenceEquals(was, e))
            .Concat(old.Values)
            .Select(e => e.Slug)
            .ToHashSet(StringComparer.Ordinal);
        var impact = new EditImpact();
        if (!ReferenceEquals(before.Content.Home, after.Content.Home))
        {
            changed.Add("");
            impact._urls.Add(after.Urls.Home);
        }

        var touchedTerms = new HashSet<(string, string)>();
        var touchedKinds = new HashSet<EntryKind>();
        var boroughsMoved = false;
        foreach (var slug in changed.Where(s => s.Length > 0))
        {
            var (was, now) = (before.Find(slug), after.Find(slug));
            impact.AddPage(was);
            impact.AddPage(now);
            var (linkedBefore, linkedAfter) = (Targets(was), Targets(now));
            if (was is not null && now is not null && was.Entry.FrontMatter == now.Entry.FrontMatter)
            {
                linkedBefore.SymmetricExceptWith(linkedAfter);
                impact.AddPages(after.Resolve(linkedBefore));
                continue;
            }

            impact._siteWide = true;
            impact.AddPages(after.Resolve(linkedBefore.Union(linkedAfter)));
            impact.AddPages(before.ReferredBy(slug).Select(p => after.Find(p.Slug)));
            impact.AddPages(after.ReferredBy(slug));
            impact.AddPages(after.Resolve(related.Where(r => r.Value.Contains(slug)).Select(r => r.Key)));
            impact.AddPages(AroundInGovernance(before, was).Select(p => after.Find(p.Slug)));
            impact.AddPages(AroundInGovernance(after, now));
            foreach (var entry in new[] { was?.Entry, now?.Entry }.OfType<Entry>())
            {
                touchedKinds.Add(entry.Kind);
                touchedTerms.UnionWith(entry.Terms.SelectMany(t => t.Value.Select(term => (t.Key, term))));
            }

            boroughsMoved |= was is null || now is null || was.Entry.Scope != now.Entry.Scope || was.Entry.Kind != now.Entry.Kind
                || !was.Entry.Boroughs.SequenceEqual(now.Entry.Boroughs);
        }

        // A listing of a term or kind the edit did not touch shows none of the changed entries; a borough's listing
        // draws the borough map, whose counts change when an entry comes or goes or its boroughs or scope change.
        foreach (var taxonomy in model.Taxonomies.Where(t => !(boroughsMoved && t.Key == BoroughMap.TaxonomyKey)))
        {
            impact._untouchedListings.UnionWith(taxonomy.Terms.Where(t => !touchedTerms.Contains((taxonomy.Key, t.Slug))).Select(t => t.Url));
        }

        impact._untouchedListings.UnionWith(EntryKinds.Listed.Where(k => !touchedKinds.Contains(k)).Select(after.Urls.Kind));
        impact.IsEmpty = changed.Count == 0;
        return impact;
    }

    private static HashSet<string> Targets(SitePage? page) =>
        page is null ? new HashSet<string>(StringComparer.Ordinal) : SiteGraph.Named(page).ToHashSet(StringComparer.Ordinal);

    /// <summary>The boards and programmes whose governance diagram shows the entry.</summary>
    private static IEnumerable<SitePage> AroundInGovernance(SiteGraph graph, SitePage? entry) =>
        entry is null ? [] : graph.Governance.ShowingIn(entry).Where(p => p.Entry.Kind is EntryKind.Board or EntryKind.Programme);

    private void AddPages(IEnumerable<SitePage?> pages)
    {
        foreach (var page in pages)
        {
            AddPage(page);
        }
    }

    private void AddPage(SitePage? page)
    {
        if (page is not null)
        {
            _urls.Add(page.Url);
        }
    }
}
