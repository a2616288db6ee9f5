using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Site;

/// <summary>
/// The published site as a graph: entries by kind and by term, who refers to whom, governance lines and the
/// programmes behind each option. Every list is in a stable order (title, then slug), so output is deterministic.
/// Dependencies are explicit edges, so a later incremental build can tell what an edit touches.
/// </summary>
public sealed partial class SiteGraph
{
    private readonly ImmutableDictionary<string, SitePage> _bySlug;
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
        Entries = [.. pages.Where(p => p.Entry.Kind != EntryKind.Page)];
        _byKind = Entries.GroupBy(p => p.Entry.Kind).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray());
        _referredBy = BuildReferredBy();
        _byTerm = BuildTermIndex();
        _programmesUsing = BuildProgrammesUsing();
        _optionsUsedBy = Invert(_programmesUsing);
        _reportedToBy = Index(OfKind(EntryKind.Board), p => p.Entry.ReportsTo);
        _governs = Index(Entries, p => p.Entry.GovernedBy);
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

    private ImmutableDictionary<string, ImmutableArray<SitePage>> BuildReferredBy()
    {
        var edges = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            var e = page.Entry;
            var targets = e.Related.Concat(e.GovernedBy).Concat(e.ReportsTo).Concat(e.UsedBy)
                .Concat(e.Partners).Concat(e.Members).Concat(page.Rendered.LinkedSlugs);
            if (e.Lead is not null)
            {
                targets = targets.Append(e.Lead);
            }

            foreach (var target in targets.Where(t => t != e.Slug && _bySlug.ContainsKey(t)))
            {
                if (!edges.TryGetValue(target, out var sources))
                {
                    edges[target] = sources = new SortedSet<string>(StringComparer.Ordinal);
                }

                sources.Add(e.Slug);
            }
        }

        return edges.ToImmutableDictionary(p => p.Key, p => Sorted(p.Value.Select(s => _bySlug[s])), StringComparer.Ordinal);
    }

    // Every edge list is built once, in one pass, so pages ask the graph in constant time whatever the site's size.
    private ImmutableDictionary<string, ImmutableArray<SitePage>> BuildProgrammesUsing()
    {
        var edges = new Dictionary<string, HashSet<SitePage>>(StringComparer.Ordinal);
        void Add(SitePage option, SitePage programme)
        {
            if (!edges.TryGetValue(option.Slug, out var set))
            {
                edges[option.Slug] = set = [];
            }

            set.Add(programme);
        }

        foreach (var option in OfKind(EntryKind.Option))
        {
            foreach (var programme in Resolve(option.Entry.UsedBy).Where(p => p.Entry.Kind == EntryKind.Programme))
            {
                Add(option, programme);
            }
        }

        foreach (var programme in OfKind(EntryKind.Programme))
        {
            foreach (var option in Resolve(programme.Entry.Related).Where(p => p.Entry.Kind == EntryKind.Option))
            {
                Add(option, programme);
            }
        }

        return edges.ToImmutableDictionary(e => e.Key, e => Sorted(e.Value), StringComparer.Ordinal);
    }

    private ImmutableDictionary<string, ImmutableArray<SitePage>> Invert(ImmutableDictionary<string, ImmutableArray<SitePage>> edges)
    {
        var inverted = new Dictionary<string, List<SitePage>>(StringComparer.Ordinal);
        foreach (var (from, targets) in edges)
        {
            foreach (var target in targets)
            {
                if (!inverted.TryGetValue(target.Slug, out var list))
                {
                    inverted[target.Slug] = list = [];
                }

                list.Add(_bySlug[from]);
            }
        }

        return inverted.ToImmutableDictionary(e => e.Key, e => Sorted(e.Value), StringComparer.Ordinal);
    }

    /// <summary>For each slug named in a list field, the pages naming it.</summary>
    private static ImmutableDictionary<string, ImmutableArray<SitePage>> Index(IEnumerable<SitePage> pages, Func<SitePage, ImmutableArray<string>> field)
    {
        var index = new Dictionary<string, List<SitePage>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var slug in field(page).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(slug, out var list))
                {
                    index[slug] = list = [];
                }

                list.Add(page);
            }
        }

        return index.ToImmutableDictionary(e => e.Key, e => Sorted(e.Value), StringComparer.Ordinal);
    }

    private ImmutableDictionary<(string, string), ImmutableArray<SitePage>> BuildTermIndex()
    {
        var index = new Dictionary<(string, string), List<SitePage>>();
        foreach (var page in Entries)
        {
            foreach (var (taxonomy, terms) in page.Entry.Terms)
            {
                foreach (var term in terms)
                {
                    if (!index.TryGetValue((taxonomy, term), out var list))
                    {
                        index[(taxonomy, term)] = list = [];
                    }

                    list.Add(page);
                }
            }
        }

        return index.ToImmutableDictionary(p => p.Key, p => Sorted(p.Value));
    }

    internal static ImmutableArray<SitePage> Sorted(IEnumerable<SitePage> pages) =>
        [.. pages.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Slug, StringComparer.Ordinal)];

    public Taxonomy Taxonomy(string key) => Content.Taxonomies.Get(key);
}
