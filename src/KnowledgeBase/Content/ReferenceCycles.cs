using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// Finds cycles in the lines of governance (<c>reports_to</c>, <c>governed_by</c>): a board that ends up reporting to
/// itself through others has no top, and the governance diagram cannot be drawn. Each cycle is reported once, spelled
/// out from its ordinally first entry, at that entry's line. A direct self-reference has its own warning.
/// </summary>
public static class ReferenceCycles
{
    private static readonly (string Field, Func<Entry, ImmutableArray<string>> Targets)[] Fields =
    [
        ("reports_to", e => e.ReportsTo),
        ("governed_by", e => e.GovernedBy),
    ];

    public static void Report(ImmutableArray<Entry> entries, DiagnosticBag diagnostics)
    {
        var bySlug = entries.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        foreach (var (field, targets) in Fields)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cycle in Find(bySlug, targets))
            {
                var start = cycle.IndexOf(cycle.Min(StringComparer.Ordinal)!);
                var ordered = cycle.Skip(start).Concat(cycle.Take(start)).ToList();
                if (!seen.Add(string.Join(' ', ordered)))
                {
                    continue;
                }

                var first = bySlug[ordered[0]];
                var at = first.LocationOf($"{field}[{targets(first).IndexOf(ordered[1])}]");
                var path = string.Join(" → ", ordered.Append(ordered[0]));
                diagnostics.Error(at, DiagnosticCodes.ReferenceCycle,
                    $"'{field}' goes round in a cycle: {path}; remove one of these links so the line of governance has a top");
            }
        }
    }

    /// <summary>Every cycle a depth-first walk meets (a cycle may be met from several entries; the caller keeps one).</summary>
    private static IEnumerable<List<string>> Find(Dictionary<string, Entry> bySlug, Func<Entry, ImmutableArray<string>> targets)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        foreach (var slug in bySlug.Keys.Order(StringComparer.Ordinal))
        {
            Walk(slug, [], bySlug, targets, done, cycles);
        }

        return cycles;
    }

    private static void Walk(string slug, List<string> path, Dictionary<string, Entry> bySlug, Func<Entry, ImmutableArray<string>> targets,
        HashSet<string> done, List<List<string>> cycles)
    {
        if (done.Contains(slug) || !bySlug.TryGetValue(slug, out var entry))
        {
            return;
        }

        path.Add(slug);
        foreach (var next in targets(entry).Where(t => t != slug))
        {
            var back = path.IndexOf(next);
            if (back >= 0)
            {
                cycles.Add(path[back..]);
                continue;
            }

            Walk(next, path, bySlug, targets, done, cycles);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(slug);
    }
}
