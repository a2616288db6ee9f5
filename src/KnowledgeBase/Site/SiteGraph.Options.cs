using System.Collections.Concurrent;
using System.Collections.Immutable;
using KnowledgeBase.Content;
using KnowledgeBase.Menu;

namespace KnowledgeBase.Site;

/// <summary>How options relate to each other: which answer the same problems.</summary>
public sealed partial class SiteGraph
{
    private readonly ConcurrentDictionary<string, ImmutableArray<SitePage>> _combined = new(StringComparer.Ordinal);
    private MenuCatalog? _menuCatalog;

    /// <summary>The options as the menu of options ranks them; made once per graph, shared by the pages, the data file and the APIs.</summary>
    public MenuCatalog MenuCatalog => LazyInitializer.EnsureInitialized(ref _menuCatalog, () => MenuCatalogs.From(this));

    /// <summary>
    /// Options that answer the same problems as this one: run by the same programmes, linked as related, or
    /// sharing crime types, gang types, focus and audiences. Shared programmes weigh most, being evidence that
    /// commanders already use the two together.
    /// </summary>
    public ImmutableArray<SitePage> OftenCombinedWith(SitePage option, int count) =>
        _combined.GetOrAdd(option.Slug, _ => ComputeCombined(option)).Take(count).ToImmutableArray();

    // Scores accumulate over shared features (an inverted index), so only options that share something are
    // ever looked at: cost follows the overlaps, not the square of the number of options.
    private ImmutableArray<SitePage> ComputeCombined(SitePage option)
    {
        var scores = new Dictionary<SitePage, double>();
        void Add(IEnumerable<SitePage> others, double weight)
        {
            foreach (var other in others.Where(o => o.Slug != option.Slug && o.Entry.Kind == EntryKind.Option))
            {
                scores[other] = scores.GetValueOrDefault(other) + weight;
            }
        }

        foreach (var programme in ProgrammesUsing(option))
        {
            Add(OptionsUsedBy(programme), 3.0);
        }

        Add(Resolve(option.Entry.Related).Concat(ReferredBy(option.Slug).Where(p => p.Entry.Related.Contains(option.Slug))).Distinct(), 2.0);
        foreach (var (taxonomy, weight) in new[] { ("crime_types", 1.0), ("gang_types", 0.5), ("focus", 0.5), ("audiences", 0.5) })
        {
            foreach (var term in option.Entry.TermsOf(taxonomy))
            {
                Add(WithTerm(taxonomy, term), weight);
            }
        }

        return [.. scores
            .Where(s => s.Value >= 3)
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
            .Select(s => s.Key)];
    }

}
