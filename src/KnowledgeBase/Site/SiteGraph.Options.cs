using System.Collections.Concurrent;
using System.Collections.Immutable;
using KnowledgeBase.Content;

namespace KnowledgeBase.Site;

/// <summary>How options relate to each other: which answer the same problems.</summary>
public sealed partial class SiteGraph
{
    private readonly ConcurrentDictionary<string, ImmutableArray<SitePage>> _combined = new(StringComparer.Ordinal);

    /// <summary>
    /// Options that answer the same problems as this one: run by the same programmes, linked as related, or
    /// sharing crime types, gang types, focus and audiences. Shared programmes weigh most, being evidence that
    /// commanders already use the two together.
    /// </summary>
    public ImmutableArray<SitePage> OftenCombinedWith(SitePage option, int count) =>
        _combined.GetOrAdd(option.Slug, _ => ComputeCombined(option)).Take(count).ToImmutableArray();

    private ImmutableArray<SitePage> ComputeCombined(SitePage option)
    {
        var programmes = ProgrammesUsing(option).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var scored = new List<(SitePage Page, double Score)>();
        foreach (var other in OfKind(EntryKind.Option).Where(o => o.Slug != option.Slug))
        {
            var score = 3.0 * ProgrammesUsing(other).Count(p => programmes.Contains(p.Slug));
            if (option.Entry.Related.Contains(other.Slug) || other.Entry.Related.Contains(option.Slug))
            {
                score += 2;
            }

            score += Shared(option.Entry, other.Entry, "crime_types");
            score += 0.5 * (Shared(option.Entry, other.Entry, "gang_types") + Shared(option.Entry, other.Entry, "focus") + Shared(option.Entry, other.Entry, "audiences"));
            if (score >= 3)
            {
                scored.Add((other, score));
            }
        }

        return [.. scored
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Page.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Page.Slug, StringComparer.Ordinal)
            .Select(s => s.Page)];
    }

    private static int Shared(Entry a, Entry b, string taxonomy) =>
        a.TermsOf(taxonomy).Intersect(b.TermsOf(taxonomy), StringComparer.Ordinal).Count();
}
