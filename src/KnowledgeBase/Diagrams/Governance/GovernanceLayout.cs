using System.Collections.Immutable;
using KnowledgeBase.Content;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Diagrams.Governance;

/// <summary>
/// Lays a governance chart out on a grid: the layers of <see cref="Layering"/> from the top, each wrapped onto rows of
/// at most <see cref="DiagramGrid.Columns"/> boxes and centred, then the entries no line reaches in rows of their own
/// at the bottom. Lines are routed by <see cref="EdgeRouter"/>. All coordinates are whole units.
/// </summary>
public static class GovernanceLayout
{
    /// <summary>The label over the entries drawn apart: its size (bold, so measured a size larger) and line height.</summary>
    private const int ApartFontSize = 12;

    private const int ApartLineHeight = 16;

    public static GovernanceDiagram Lay(GovernanceChart chart, DiagramGrid grid)
    {
        var linked = chart.Entries.Where(e => chart.LinesOf(e).Any()).ToList();
        var apart = chart.Entries.Where(e => !chart.LinesOf(e).Any())
            .OrderBy(e => e.Entry.Kind == EntryKind.Board ? 0 : 1).ThenBy(e => e.Entry.Kind).ToList();

        var rows = Layering.Assign(linked, chart.Lines).SelectMany(layer => Wrap(layer, grid.Columns)).ToList();
        var apartRows = Wrap(apart, grid.Columns).ToList();
        var columns = Math.Max(1, rows.Concat(apartRows).Select(r => r.Count).DefaultIfEmpty(1).Max());
        var width = (2 * grid.Margin) + (columns * grid.NodeWidth) + ((columns - 1) * grid.GapX);

        var nodes = ImmutableArray.CreateBuilder<DiagramNode>(chart.Entries.Length);
        var y = grid.Margin;
        foreach (var row in rows)
        {
            nodes.AddRange(Place(row, nodes.Count == 0 ? 0 : nodes[^1].Row + 1, y, width, grid, chart.Focus, linked: true));
            y += grid.NodeHeight + grid.GapY;
        }

        var label = ImmutableArray<DiagramText>.Empty;
        if (apartRows.Count > 0)
        {
            // Below the last linked row's gutter (or at the top when nothing is linked), clear of every line.
            y = rows.Count == 0 ? grid.Margin : y - grid.GapY + (grid.GapY / 2);
            var words = TextFit.Wrap(ApartHeading(apart), width - (2 * grid.Margin), ApartFontSize + 1, 3).Lines;
            label = [.. words.Select((line, i) => new DiagramText(line, grid.Margin, y + 22 + (i * ApartLineHeight)))];
            y += 34 + ((words.Length - 1) * ApartLineHeight);
            foreach (var row in apartRows)
            {
                nodes.AddRange(Place(row, nodes.Count == 0 ? 0 : nodes[^1].Row + 1, y, width, grid, chart.Focus, linked: false));
                y += grid.NodeHeight + grid.GapY;
            }
        }

        var height = y - grid.GapY + grid.Margin;
        var placed = nodes.ToImmutable();
        var edges = new EdgeRouter(placed, grid, width).Route(chart.Lines);
        return new GovernanceDiagram(chart, grid, width, height, placed, edges, label);
    }

    /// <summary>What the entries drawn apart are called: "Boards with no reporting or governance line recorded".</summary>
    public static string ApartHeading(IEnumerable<SitePage> apart) =>
        apart.All(e => e.Entry.Kind == EntryKind.Board)
            ? "Boards with no reporting or governance line recorded"
            : "Entries with no reporting, governance or lead line recorded";

    /// <summary>A layer in rows of at most <paramref name="columns"/>, as even as they can be (7 in fives is 4 and 3).</summary>
    private static IEnumerable<List<SitePage>> Wrap(List<SitePage> layer, int columns)
    {
        if (layer.Count == 0)
        {
            yield break;
        }

        var count = (layer.Count + columns - 1) / columns;
        var perRow = (layer.Count + count - 1) / count;
        for (var start = 0; start < layer.Count; start += perRow)
        {
            yield return layer.GetRange(start, Math.Min(perRow, layer.Count - start));
        }
    }

    private static IEnumerable<DiagramNode> Place(List<SitePage> row, int index, int y, int width, DiagramGrid grid, SitePage? focus, bool linked)
    {
        var used = (row.Count * grid.NodeWidth) + ((row.Count - 1) * grid.GapX);
        var x = (width - used) / 2;
        foreach (var page in row)
        {
            yield return Box(page, index, x, y, grid, page.Equals(focus), linked);
            x += grid.NodeWidth + grid.GapX;
        }
    }

    private static DiagramNode Box(SitePage page, int row, int x, int y, DiagramGrid grid, bool focus, bool linked)
    {
        var title = TextFit.Wrap(page.Title, grid.NodeWidth - (2 * grid.Padding), grid.FontSize, grid.MaxLines);
        var centre = x + (grid.NodeWidth / 2);
        var kind = new DiagramText(EntryKinds.Singular(page.Entry.Kind).ToUpperInvariant(), centre, y + grid.Padding + grid.KindFontSize);

        // The title's lines are centred in the space under the kind's name.
        var top = kind.Y + 4;
        var space = y + grid.NodeHeight - grid.Padding - top;
        var first = top + ((space - (title.Lines.Length * grid.LineHeight)) / 2) + grid.FontSize;
        var text = title.Lines.Select((line, i) => new DiagramText(line, centre, first + (i * grid.LineHeight))).ToImmutableArray();
        return new DiagramNode(page, row, x, y, grid.NodeWidth, grid.NodeHeight, title, text, kind, focus, linked);
    }
}
