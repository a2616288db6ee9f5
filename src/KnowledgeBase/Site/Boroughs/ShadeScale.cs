using System.Collections.Immutable;

namespace KnowledgeBase.Site.Boroughs;

/// <summary>
/// How the map shades a tile by its number of entries. No entries is unshaded; 1 to the busiest borough's count is
/// cut into at most four equal bands (1-5, 6-10, 11-15, 16-20 when the busiest has 20), so the legend states each
/// shade as a range of numbers and every tile prints its own count: the colour never carries the amount alone.
/// </summary>
public sealed class ShadeScale
{
    /// <summary>The number of shades beside "none".</summary>
    public const int Levels = 4;

    private ShadeScale(ImmutableArray<ShadeBand> bands) => Bands = bands;

    /// <summary>The bands, lightest first; empty when no borough has an entry.</summary>
    public ImmutableArray<ShadeBand> Bands { get; }

    /// <summary>The scale for counts from 0 to <paramref name="max"/>.</summary>
    public static ShadeScale For(int max)
    {
        // With fewer distinct counts than shades each count gets its own band, spread over the shades so the
        // busiest is always the darkest.
        var bands = Math.Min(Levels, Math.Max(max, 0));
        return new ShadeScale([.. Enumerable.Range(1, bands).Select(i => new ShadeBand(
            ((i * Levels) + bands - 1) / bands,
            ((i - 1) * max / bands) + 1,
            i * max / bands))]);
    }

    /// <summary>The shade of a count: 0 for none, else its band's level.</summary>
    public int LevelOf(int count) =>
        count <= 0 ? 0 : Bands.FirstOrDefault(b => count >= b.From && count <= b.To)?.Level ?? Levels;
}
