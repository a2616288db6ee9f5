using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content.Sources;

/// <summary>
/// Checks every <c>sources:</c> citation against the texts in <c>sources/</c>: the section it names exists and every
/// paragraph it marks is in that section. Which document a citation names is checked when the entry is read.
/// </summary>
public static class SourceCitationChecker
{
    public static void Check(ImmutableArray<Entry> entries, SourceLibrary library, DiagnosticBag diagnostics)
    {
        if (library.IsEmpty)
        {
            return;
        }

        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Sources.Length; i++)
            {
                var at = entry.LocationOf($"sources[{i}]");
                if (Resolve(entry.Sources[i], library) is { } found)
                {
                    CheckCitation(found.Document, found.Citation, at, diagnostics);
                }
            }
        }
    }

    /// <summary>The document and citation an item names, or null when it names no document with a text.</summary>
    public static (SourceDocument Document, Citation Citation)? Resolve(string text, SourceLibrary library)
    {
        foreach (var document in library.Documents.OrderByDescending(d => d.Name.Length))
        {
            if (Citation.Parse(text, document.Name) is { } citation)
            {
                return (document, citation);
            }
        }

        return null;
    }

    private static void CheckCitation(SourceDocument document, Citation citation, SourceLocation at, DiagnosticBag diagnostics)
    {
        var sections = document.Sections.ToList();
        if (citation.Section.Length > 0 && !sections.Contains(citation.Section, StringComparer.OrdinalIgnoreCase))
        {
            var known = sections.Count == 0 ? "it has no numbered sections besides the main text" : $"its sections are {string.Join(", ", sections.Select(s => $"'{s}'"))}";
            diagnostics.Error(at, DiagnosticCodes.UnknownSourceParagraph,
                $"'{document.Name}' has no section '{citation.Section}'; {known} (write '{document.Name} ¶N' for the main text)");
            return;
        }

        var last = document.LastNumber(citation.Section);
        foreach (var mark in citation.Marks)
        {
            var missing = Enumerable.Range(mark.First, Math.Max(0, mark.Last - mark.First) + 1).Where(n => document.Find(citation.Section, n) is null).ToList();
            if (mark.Last < mark.First)
            {
                diagnostics.Error(at, DiagnosticCodes.UnknownSourceParagraph, $"'{mark.Text}' runs backwards; write the lower paragraph first");
            }
            else if (missing.Count > 0)
            {
                var where = citation.Section.Length == 0 ? $"'{document.Name}'" : $"section '{citation.Section}' of '{document.Name}'";
                diagnostics.Error(at, DiagnosticCodes.UnknownSourceParagraph,
                    $"{where} has no paragraph {missing[0]} (its paragraphs are 1-{last}, in {document.File}); cite the paragraph the fact comes from");
            }
        }
    }
}
