using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Site.Governance;
using KnowledgeBase.Site.Timeline;

namespace KnowledgeBase.Site;

/// <summary>
/// The published site as a graph: entries by kind and by term, who refers to whom, governance lines and the
/// programmes behind each option. Every list is in a stable order (title, then slug), so output is deterministic.
/// Dependencies are explicit edges, so a later incremental build can tell what an edit touches.
/// </summary>
public sealed partial class SiteGraph
{
    private readonly ImmutableDictionary<string, SitePage> _bySlug;
    private readonly Dictionary<string, int> _rank;
    private readonly ImmutableDictionary<string, ImmutableArray<SitePage>> _referredBy;
    private readonly ImmutableDictionary<(string Taxonomy, string Term), ImmutableArray<SitePage>> _byTerm;
    private readonly ImmutableDictionary<EntryKind, ImmutableArray<SitePage>> _byKind;
    private readonly ImmutableDictionary<string, ImmutableArray<SitePage>> _programmesUsing;
    private readonly ImmutableDictionary<string, ImmutableArray<SitePage>> _optionsUsedBy;
    private readonly ImmutableDictionary<string, ImmutableArray<SitePage>> _reportedToBy;
    private readonly ImmutableDictionary<string, ImmutableArray<SitePage>> _governs;

    internal SiteGraph(SiteConfig config, ContentSet content, SiteUrls urls, DateOnly buildDate, ImmutableArray<SitePage> pages, SitePage? home)
    {
        Config = config;
        Content = content;
        Urls = urls;
        BuildDate = buildDate;
        Pages = pages;
        Home = home;
        _bySlug = pages.ToImmutableDictionary(p => p.Slug, StringComparer.Ordinal);
        _rank = pages.Select((p, i) => (p.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        Entries = [.. pages.Where(p => p.Entry.Kind != EntryKind.Page)];
        _byKind = Entries.GroupBy(p => p.Entry.Kind).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        _referredBy = BuildReferredBy();
        _byTerm = BuildTermIndex();
        _programmesUsing = BuildProgrammesUsing();
        _optionsUsedBy = Invert(_programmesUsing);
        _reportedToBy = Index(OfKind(EntryKind.Board), p => p.Entry.ReportsTo);
        _governs = Index(Entries, p => p.Entry.GovernedBy);
        Governance = new GovernanceLines(this);
        Timeline = new EntryTimeline(this);
    }

    public SiteConfig Config { get; }

    public ContentSet Content { get; }

    public SiteUrls Urls { get; }

    /// <summary>The date review deadlines are judged against.</summary>
    public DateOnly BuildDate { get; }

    /// <summary>Every published entry and page, sorted by title then slug.</summary>
    public ImmutableArray<SitePage> Pages { get; }

    /// <summary>Published entries of the manual (programmes, boards, options), sorted by title then slug.</summary>
    public ImmutableArray<SitePage> Entries { get; }

    public SitePage? Home { get; }

    public SitePage? Find(string? slug) => slug is null ? null : _bySlug.GetValueOrDefault(slug);

    public ImmutableArray<SitePage> OfKind(EntryKind kind) => _byKind.GetValueOrDefault(kind, []);

    public ImmutableArray<SitePage> WithTerm(string taxonomy, string term) => _byTerm.GetValueOrDefault((taxonomy, term), []);

    /// <summary>Entries that link to this one, in front matter or body.</summary>
    public ImmutableArray<SitePage> ReferredBy(string slug) => _referredBy.GetValueOrDefault(slug, []);

    /// <summary>Published entries named by a list of slugs, in the list's order; withheld ones are left out.</summary>
    public IEnumerable<SitePage> Resolve(IEnumerable<string> slugs) => slugs.Select(Find).OfType<SitePage>();

    /// <summary>Boards that report to this board.</summary>
    public ImmutableArray<SitePage> ReportedToBy(string boardSlug) => _reportedToBy.GetValueOrDefault(boardSlug, []);

    /// <summary>Entries governed by this board.</summary>
    public ImmutableArray<SitePage> Governs(string boardSlug) => _governs.GetValueOrDefault(boardSlug, []);

    /// <summary>Programmes that use an option: those it names in used_by, and those naming it in related.</summary>
    public ImmutableArray<SitePage> ProgrammesUsing(SitePage option) => _programmesUsing.GetValueOrDefault(option.Slug, []);

    /// <summary>Options a programme uses (the reverse of <see cref="ProgrammesUsing"/>).</summary>
    public ImmutableArray<SitePage> OptionsUsedBy(SitePage programme) => _optionsUsedBy.GetValueOrDefault(programme.Slug, []);

    /// <summary>The entries reviewed most recently, newest first.</summary>
    public IEnumerable<SitePage> RecentlyReviewed(int count) => Entries
        .Where(p => p.Entry.Reviewed is not null)
        .OrderByDescending(p => p.Entry.Reviewed)
        .ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
        .ThenBy(p => p.Slug, StringComparer.Ordinal)
        .Take(count);

    // Every edge list is built once, in one pass, so pages ask the graph in constant time whatever the site's size.
    private ImmutableDictionary<string, ImmutableArray<SitePage>> BuildReferredBy() => Group(
        Pages.SelectMany(page => Named(page).Where(t => t != page.Slug && _bySlug.ContainsKey(t)).Select(t => (t, page))),
        StringComparer.Ordinal);

    /// <summary>Every slug an entry names: the relations of its front matter and the links of its body.</summary>
    public static IEnumerable<string> Named(SitePage page)
    {
        var e = page.Entry;
        return e.Related.Concat(e.GovernedBy).Concat(e.ReportsTo).Concat(e.UsedBy)
            .Concat(e.Partners).Concat(e.Members).Concat(page.Rendered.LinkedSlugs)
            .Concat(e.Lead is null ? [] : [e.Lead]);
    }

    /// <summary>Programmes that use each option: named in the option's used_by, or naming it in their related.</summary>
    private ImmutableDictionary<string, ImmutableArray<SitePage>> BuildProgrammesUsing() => Group(
        OfKind(EntryKind.Option).SelectMany(option => Resolve(option.Entry.UsedBy)
                .Where(p => p.Entry.Kind == EntryKind.Programme)
                .Select(programme => (option.Slug, programme)))
            .Concat(OfKind(EntryKind.Programme).SelectMany(programme => Resolve(programme.Entry.Related)
                .Where(p => p.Entry.Kind == EntryKind.Option)
                .Select(option => (option.Slug, programme)))),
        StringComparer.Ordinal);

    private ImmutableDictionary<string, ImmutableArray<SitePage>> Invert(ImmutableDictionary<string, ImmutableArray<SitePage>> edges) =>
        Group(edges.SelectMany(edge => edge.Value.Select(target => (target.Slug, _bySlug[edge.Key]))), StringComparer.Ordinal);

    /// <summary>For each slug named in a list field, the pages naming it.</summary>
    private ImmutableDictionary<string, ImmutableArray<SitePage>> Index(IEnumerable<SitePage> pages, Func<SitePage, ImmutableArray<string>> field) =>
        Group(pages.SelectMany(page => field(page).Select(slug => (slug, page))), StringComparer.Ordinal);

    private ImmutableDictionary<(string, string), ImmutableArray<SitePage>> BuildTermIndex() =>
        Group(Entries.SelectMany(page => page.Entry.Terms.SelectMany(t => t.Value.Select(term => ((t.Key, term), page)))), null);

    /// <summary>
    /// The one way every index of the graph is made: (key, page) edges grouped, each list distinct and sorted. The
    /// pages are already sorted, so each list is put in their order by position, not by comparing titles again.
    /// </summary>
    private ImmutableDictionary<TKey, ImmutableArray<SitePage>> Group<TKey>(IEnumerable<(TKey Key, SitePage Page)> edges, IEqualityComparer<TKey>? comparer)
        where TKey : notnull =>
        edges.GroupBy(e => e.Key, e => e.Page, comparer).ToImmutableDictionary(g => g.Key, g => (ImmutableArray<SitePage>)[.. g.Distinct().OrderBy(p => _rank[p.Slug])], comparer);

    internal static ImmutableArray<SitePage> Sorted(IEnumerable<SitePage> pages) =>
        [.. pages.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal)];

    public Taxonomy Taxonomy(string key) => Content.Taxonomies.Get(key);
}
