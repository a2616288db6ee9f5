using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content;

/// <summary>
/// The editors' side of the content model: which relations and tags are their inference (<c>inferred</c>, with
/// <c>inferred_reason</c>), and how far the work reaches (<c>scope</c>).
/// </summary>
public sealed partial class EntryReader
{
    private static ImmutableArray<string> ReadInferred(State s, YamlNode value)
    {
        var fields = Strings(s, value, "inferred");
        var kept = ImmutableArray.CreateBuilder<string>(fields.Length);
        for (var i = 0; i < fields.Length; i++)
        {
            if (InferableFields.Contains(fields[i]))
            {
                kept.Add(fields[i]);
                continue;
            }

            s.Reader.Diagnostics.Error(s.Locations.GetValueOrDefault($"inferred[{i}]"), DiagnosticCodes.BadInferredField,
                $"'{fields[i]}' is not a relation or tag that can be marked inferred{Suggestions.Hint(fields[i], InferableFields.All)}; name one of {string.Join(", ", InferableFields.All)}");
        }

        return kept.ToImmutable();
    }

    private static void CheckInference(Entry entry, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < entry.Inferred.Length; i++)
        {
            var field = entry.Inferred[i];
            if (!entry.Locations.ContainsKey(field))
            {
                diagnostics.Error(entry.LocationOf($"inferred[{i}]"), DiagnosticCodes.BadInferredField,
                    $"'inferred' names '{field}', but the entry has no '{field}'; remove it from 'inferred', or add the field");
            }
        }

        if (!entry.Inferred.IsEmpty && string.IsNullOrWhiteSpace(entry.InferredReason))
        {
            diagnostics.Error(entry.LocationOf("inferred"), DiagnosticCodes.InferredReason,
                "'inferred' needs a one-line 'inferred_reason:' saying what the editors inferred it from");
        }
        else if (entry.Inferred.IsEmpty && entry.Locations.ContainsKey("inferred_reason"))
        {
            diagnostics.Warning(entry.LocationOf("inferred_reason"), DiagnosticCodes.InferredReason,
                "'inferred_reason' is given but 'inferred' names no field; add 'inferred: [field, ...]' or remove the reason");
        }
    }

    private static void CheckScope(Entry entry, DiagnosticBag diagnostics)
    {
        if (entry.Scope is EntryScope.LondonWide or EntryScope.National && !entry.Boroughs.IsEmpty)
        {
            diagnostics.Error(entry.LocationOf("boroughs"), DiagnosticCodes.ScopeWithBoroughs,
                $"the entry is {Enums.Name(entry.Scope.Value).ToLowerInvariant()} but lists boroughs, so the menu would read it as local; remove 'boroughs', or set 'scope: local'");
        }
    }
}
