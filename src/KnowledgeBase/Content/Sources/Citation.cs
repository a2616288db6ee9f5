using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Content.Sources;

/// <summary>
/// A <c>sources:</c> item read apart: "Violence in London, Race and equality impact ¶2, ¶4" is the document, the
/// section ("" for the main numbering) and each paragraph mark with the range it covers.
/// </summary>
public sealed partial record Citation(string Document, string Section, ImmutableArray<CitationMark> Marks)
{
    /// <summary>Reads a citation of the named document; null when the text after the name has no paragraph mark.</summary>
    public static Citation? Parse(string citation, string documentName)
    {
        if (!citation.StartsWith(documentName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var rest = citation[documentName.Length..];
        var first = rest.IndexOf('¶', StringComparison.Ordinal);
        if (first < 0)
        {
            return null;
        }

        var section = rest[..first].Trim().TrimStart(',').Trim();
        var marks = Mark().Matches(rest[first..])
            .Select(m => new CitationMark(m.Value.Trim(), Number(m.Groups[1].Value), m.Groups[2].Success ? Number(m.Groups[2].Value) : Number(m.Groups[1].Value)))
            .ToImmutableArray();
        return marks.IsEmpty ? null : new Citation(documentName, section, marks);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"¶\s*(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?")]
    private static partial Regex Mark();
}
