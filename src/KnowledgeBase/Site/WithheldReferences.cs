using System.Collections.Immutable;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Site;

/// <summary>
/// A published entry may name a withheld one (above the build's classification, or a draft) in a field that names
/// entries. The slug is treated as a link to it: dropped with a warning, before any page, menu file or search index
/// sees the entry, so it is never published as text. Free-text fields (partners, members) are included because a
/// value there that is an entry's slug is shown as a link to that entry.
/// </summary>
public static class WithheldReferences
{
    public static Entry Strip(Entry entry, Func<string, bool> isWithheld, DiagnosticBag diagnostics)
    {
        ImmutableArray<string> Keep(string field, ImmutableArray<string> values)
        {
            if (!values.Any(isWithheld))
            {
                return values;
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (isWithheld(values[i]))
                {
                    Warn(entry, field, values[i], entry.LocationOf($"{field}[{i}]"), diagnostics);
                }
            }

            return [.. values.Where(v => !isWithheld(v))];
        }

        var lead = entry.Lead;
        if (lead is not null && isWithheld(lead))
        {
            Warn(entry, "lead", lead, entry.LocationOf("lead"), diagnostics);
            lead = null;
        }

        return entry with
        {
            Lead = lead,
            Partners = Keep("partners", entry.Partners),
            Members = Keep("members", entry.Members),
            GovernedBy = Keep("governed_by", entry.GovernedBy),
            ReportsTo = Keep("reports_to", entry.ReportsTo),
            UsedBy = Keep("used_by", entry.UsedBy),
            Related = Keep("related", entry.Related),
        };
    }

    private static void Warn(Entry entry, string field, string slug, SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Warning(at, DiagnosticCodes.ReferenceToWithheldEntry,
            $"'{slug}' in '{field}' is not published in this build (draft or higher classification), so it is left out of {entry.Slug}'s page, the menu and search; this is expected when the build withholds it");
}
