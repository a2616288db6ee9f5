using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Content.Sources;

/// <summary>
/// Splits a source document's plain text into numbered paragraphs as its authors numbered them. A paragraph starts
/// on a line that begins with its number ("31.", "- 31.", "24 This ..."), the next in its section; lettered
/// headings ("C. Race and equality impact") start a section with numbering of its own, and the section with most
/// paragraphs is the main one that citations without a section name refer to.
/// </summary>
public static partial class SourceTextParser
{
    public static ImmutableArray<SourceParagraph> Parse(string text)
    {
        var blocks = new List<(string Section, int? Number, List<string> Lines)>();
        var section = "";
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        for (var at = 0; at < lines.Count; at++)
        {
            var line = lines[at];
            if (SectionHeading().Match(line) is { Success: true } heading)
            {
                section = heading.Groups[1].Value.Trim();
                blocks.Add((section, null, [line]));
                continue;
            }

            var expected = last.GetValueOrDefault(section) + 1;
            if (NumberedLine().Match(line) is { Success: true } numbered
                && (IsNumber(numbered.Groups[1].Value, expected) || (expected == 1 && IsNumber(numbered.Groups[1].Value, ++expected))))
            {
                last[section] = expected;
                blocks.Add((section, expected, [numbered.Groups[2].Value]));
                continue;
            }

            // A numbered paragraph runs until the next number or heading; text before the first number stands alone.
            if (blocks.Count > 0 && !IsHeading(lines, at) && (blocks[^1].Number is not null || !StartsBlock(line)) && blocks[^1].Section == section)
            {
                blocks[^1].Lines.Add(line);
            }
            else
            {
                blocks.Add((section, null, [line]));
            }
        }

        AdoptUnnumberedFirst(blocks, last);
        var main = last.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault() ?? "";
        return [.. blocks.Select(b => new SourceParagraph(b.Section == main ? "" : b.Section, b.Number, string.Join('\n', b.Lines)))];
    }

    /// <summary>
    /// The expected number, or one printed with its leading digit dropped ("3." where ¶43 is due, as in Violence in
    /// London): a number out of sequence is otherwise a figure inside the paragraph, not a new one.
    /// </summary>
    private static bool IsNumber(string printed, int expected)
    {
        var due = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return printed == due || (printed.Length < due.Length && due.EndsWith(printed, StringComparison.Ordinal) && expected > 9);
    }

    /// <summary>A heading between paragraphs ("Targets", "Operation Rhine"): unpunctuated, and the next line starts a paragraph.</summary>
    private static bool IsHeading(List<string> lines, int at) =>
        at + 1 < lines.Count && !".;:,)?!'\"\u2019\u201d".Contains(lines[at][^1], StringComparison.Ordinal)
        && (NumberedLine().IsMatch(lines[at + 1]) || SectionHeading().IsMatch(lines[at + 1]));

    private static bool StartsBlock(string line) => line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("  ", StringComparison.Ordinal);

    /// <summary>A document whose numbering starts at 2 printed its ¶1 without a number: the block just before ¶2.</summary>
    private static void AdoptUnnumberedFirst(List<(string Section, int? Number, List<string> Lines)> blocks, Dictionary<string, int> last)
    {
        foreach (var section in last.Keys)
        {
            var second = blocks.FindIndex(b => b.Section == section && b.Number is not null);
            if (second > 0 && blocks[second].Number == 2 && blocks[second - 1] is { Number: null } first && first.Section == section
                && !SectionHeading().IsMatch(first.Lines[0]))
            {
                first.Lines[0] = first.Lines[0].TrimStart('-', ' ');
                blocks[second - 1] = (first.Section, 1, first.Lines);
            }
        }
    }

    [GeneratedRegex(@"^[A-H]\.\s+(\S.*)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\s*(?:-\s+)?(\d{1,3})(?:\.\s*|\s+)(\S.*)$")]
    private static partial Regex NumberedLine();
}
