using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>Checks the slugs entries point to (lead, related, governed_by, reports_to, used_by) name entries of the right kind.</summary>
public static class ReferenceValidator
{
    public static void Validate(ImmutableArray<Entry> entries, DiagnosticBag diagnostics)
    {
        var bySlug = entries.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var (field, kind) in EntryFields.References)
            {
                var slugs = field == "lead" ? (entry.Lead is null ? [] : [entry.Lead]) : Values(entry, field);
                for (var i = 0; i < slugs.Length; i++)
                {
                    var at = entry.LocationOf(field == "lead" ? "lead" : $"{field}[{i}]");
                    Check(entry, field, slugs[i], kind, at, bySlug, diagnostics);
                }
            }
        }
    }

    public static void ValidateGlossary(IReadOnlyList<(string Slug, SourceLocation At)> references, ImmutableArray<Entry> entries, DiagnosticBag diagnostics)
    {
        var slugs = entries.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var (slug, at) in references.Where(r => !slugs.Contains(r.Slug)))
        {
            diagnostics.Error(at, DiagnosticCodes.UnknownEntry, $"no entry has the slug '{slug}'{Suggestions.Hint(slug, slugs)}");
        }
    }

    private static ImmutableArray<string> Values(Entry entry, string field) => field switch
    {
        "governed_by" => entry.GovernedBy,
        "reports_to" => entry.ReportsTo,
        "used_by" => entry.UsedBy,
        "related" => entry.Related,
        _ => [],
    };

    private static void Check(Entry entry, string field, string slug, EntryKind? kind, SourceLocation at,
        Dictionary<string, Entry> bySlug, DiagnosticBag diagnostics)
    {
        if (slug == entry.Slug)
        {
            diagnostics.Warning(at, DiagnosticCodes.SelfReference, $"'{field}' names this entry itself; remove '{slug}'");
            return;
        }

        if (!bySlug.TryGetValue(slug, out var target))
        {
            var candidates = bySlug.Values.Where(e => kind is null || e.Kind == kind).Select(e => e.Slug).ToList();
            diagnostics.Error(at, DiagnosticCodes.UnknownEntry,
                $"'{field}' names '{slug}', but no entry has that slug{Suggestions.Hint(slug, candidates)}");
            return;
        }

        if (kind is { } expected && target.Kind != expected)
        {
            diagnostics.Error(at, DiagnosticCodes.WrongEntryKind,
                $"'{field}' must name a {EntryKinds.Singular(expected).ToLowerInvariant()}, but '{slug}' is a {EntryKinds.Singular(target.Kind).ToLowerInvariant()}; move it to 'related'");
        }
    }
}
