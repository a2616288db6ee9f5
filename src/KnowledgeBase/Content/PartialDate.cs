using System.Globalization;

namespace KnowledgeBase.Content;

/// <summary>A date known to the year, the month or the day ("2004", "2004-07", "2004-07-01"), as sources give them.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                return false;
            }

            month = m;
        }

        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value))
            {
                return false;
            }

            day = d;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The ISO form it was written in: 2004, 2004-07 or 2004-07-01.</summary>
    public string ToIso() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    /// <summary>For people: "2004", "July 2004", "1 July 2004".</summary>
    public string ToDisplay() => (Month, Day) switch
    {
        (null, _) => Year.ToString(CultureInfo.InvariantCulture),
        (_, null) => $"{MonthNames[Month!.Value - 1]} {Year.ToString(CultureInfo.InvariantCulture)}",
        _ => $"{Day!.Value.ToString(CultureInfo.InvariantCulture)} {MonthNames[Month!.Value - 1]} {Year.ToString(CultureInfo.InvariantCulture)}",
    };

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
