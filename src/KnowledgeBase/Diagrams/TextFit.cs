using System.Collections.Immutable;

namespace KnowledgeBase.Diagrams;

/// <summary>
/// Fits text into a picture's boxes at build time, when no font can be measured: each character is given the wider
/// of its advance in DejaVu Sans and in Liberation Sans (Arial's metrics), the widest faces a reader's
/// <c>system-ui</c> is likely to be, so text wrapped to a width stays inside it on any of them.
/// </summary>
public static class TextFit
{
    /// <summary>The ellipsis a shortened line ends with; the full text is in the link's name and tooltip.</summary>
    public const string Ellipsis = "…";

    // Advances in thousandths of an em for ' ' (32) to '~' (126).
    private static readonly short[] Advances =
    [
        318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
        636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 556,
        1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557, 863, 748, 787,
        667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556,
        500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
        635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
    ];

    /// <summary>How wide the text runs at a font size, in the same units as the size.</summary>
    public static double Width(string text, double fontSize)
    {
        var thousandths = 0;
        foreach (var c in text)
        {
            thousandths += c switch
            {
                >= ' ' and <= '~' => Advances[c - ' '],
                '’' or '‘' => 318,
                '–' => 500,
                '—' or '…' => 1000,

                // Accented letters and other text: as wide as a wide capital, so they never overflow.
                _ => 800,
            };
        }

        return thousandths * fontSize / 1000;
    }

    /// <summary>
    /// Breaks text into at most <paramref name="maxLines"/> lines no wider than <paramref name="width"/>, between
    /// words (a word too long for a line is cut). Text that does not fit ends its last line, after a whole word, with
    /// an ellipsis.
    /// </summary>
    public static FittedText Wrap(string text, double width, double fontSize, int maxLines)
    {
        var words = new Queue<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var lines = new List<string>();
        while (words.Count > 0 && lines.Count < maxLines)
        {
            var line = Cut(words.Dequeue(), width, fontSize, out var rest);
            if (rest.Length > 0)
            {
                words = new Queue<string>(words.Prepend(rest));
            }

            while (rest.Length == 0 && words.TryPeek(out var next) && Width(line + " " + next, fontSize) <= width)
            {
                line += " " + words.Dequeue();
            }

            lines.Add(line);
        }

        if (words.Count == 0)
        {
            return new FittedText([.. lines], false);
        }

        // Whole words are dropped from the last line until the ellipsis fits, so the words shown are the start of the
        // full title (a screen reader's name for the link) word for word; only a single overlong word is cut.
        var last = lines[^1];
        while (Width(last + Ellipsis, fontSize) > width)
        {
            var space = last.LastIndexOf(' ');
            last = space > 0 ? last[..space] : last[..^1];
        }

        lines[^1] = last.TrimEnd(',', ';', ':', '-', '(') + Ellipsis;
        return new FittedText([.. lines], true);
    }

    /// <summary>The longest start of a word that fits the width (at least one character); the rest in <paramref name="rest"/>.</summary>
    private static string Cut(string word, double width, double fontSize, out string rest)
    {
        var length = word.Length;
        while (length > 1 && Width(word[..length], fontSize) > width)
        {
            length--;
        }

        rest = word[length..];
        return word[..length];
    }
}
