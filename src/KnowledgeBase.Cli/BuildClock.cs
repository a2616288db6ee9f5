using System.Globalization;

namespace KnowledgeBase.Cli;

/// <summary>
/// The day a build judges review dates against. SOURCE_DATE_EPOCH (the reproducible-builds convention)
/// pins it, so a build can be repeated byte for byte on another day.
/// </summary>
public static class BuildClock
{
    public static DateOnly Today(TimeProvider? clock = null)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        return DateOnly.FromDateTime((clock ?? TimeProvider.System).GetLocalNow().DateTime);
    }
}
