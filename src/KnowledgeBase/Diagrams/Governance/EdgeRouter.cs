using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Diagrams.Governance;

/// <summary>
/// Draws each line between its two boxes without crossing any other box. Lines leave the upper box's bottom and enter
/// the lower box's top at points spread along the side in the order of their other ends, so they do not cross at
/// the box. Between neighbouring rows a line is a curve in the gutter; a line passing rows runs along the gutter
/// under its upper box, down a gap between boxes (or a side margin) that is clear in every row it passes, and along
/// the gutter over its lower box. Lines sharing a gutter or gap keep to lanes a few units apart.
/// </summary>
internal sealed class EdgeRouter(ImmutableArray<DiagramNode> nodes, DiagramGrid grid, int width)
{
    private readonly Dictionary<SitePage, DiagramNode> _node = nodes.ToDictionary(n => n.Page);

    public ImmutableArray<DiagramEdge> Route(ImmutableArray<GovernanceLine> lines)
    {
        var ends = lines.Select(line => (line, upper: Upper(line), lower: Lower(line))).ToList();
        var attach = AttachPoints(ends);
        var lane = 0;
        return [.. ends.Select(e =>
        {
            // Lines leave the upper box at its bottom; they enter the lower one at its top, or at its bottom in the same row.
            var start = (X: attach[(e.line, e.upper)], Y: e.upper.Bottom);
            var end = (X: attach[(e.line, e.lower)], Y: e.upper.Row == e.lower.Row ? e.lower.Bottom : e.lower.Y);
            string path;
            if (e.lower.Row == e.upper.Row + 1)
            {
                path = Curve(start, end, e.line.Above == e.upper.Page);
            }
            else
            {
                var offset = ((lane++ % grid.Lanes) - (grid.Lanes / 2)) * grid.LaneSpacing;
                var points = e.lower.Row == e.upper.Row ? Beside(start, end, offset) : Around(start, end, e.upper.Row, e.lower.Row, offset);
                path = Polyline(e.line.Above == e.upper.Page ? points.AsEnumerable().Reverse() : points);
            }

            return new DiagramEdge(e.line, path);
        })];
    }

    private DiagramNode Upper(GovernanceLine line) => Order(line).Upper;

    private DiagramNode Lower(GovernanceLine line) => Order(line).Lower;

    /// <summary>The box nearer the top (the one answered to when both share a row).</summary>
    private (DiagramNode Upper, DiagramNode Lower) Order(GovernanceLine line)
    {
        var (above, below) = (_node[line.Above], _node[line.Below]);
        return below.Row < above.Row ? (below, above) : (above, below);
    }

    /// <summary>Where each line meets each of its boxes: spread along the side it uses, ordered by the other end's place.</summary>
    private Dictionary<(GovernanceLine, DiagramNode), int> AttachPoints(List<(GovernanceLine Line, DiagramNode Upper, DiagramNode Lower)> ends)
    {
        var sides = ends
            .SelectMany(e => new[] { (node: e.Upper, other: e.Lower, e.Line, bottom: true), (node: e.Lower, other: e.Upper, e.Line, bottom: e.Upper.Row == e.Lower.Row) })
            .GroupBy(s => (s.node.Page, s.bottom));
        var points = new Dictionary<(GovernanceLine, DiagramNode), int>();
        foreach (var side in sides)
        {
            var ordered = side.OrderBy(s => s.other.X + (s.other.Width / 2)).ThenBy(s => s.other.Row).ToList();
            var spacing = Math.Min(16, (grid.NodeWidth * 7 / 10) / Math.Max(1, ordered.Count));
            for (var i = 0; i < ordered.Count; i++)
            {
                var node = ordered[i].node;
                points[(ordered[i].Line, node)] = node.X + (node.Width / 2) + (((2 * i) - (ordered.Count - 1)) * spacing / 2);
            }
        }

        return points;
    }

    private static string Curve((int X, int Y) start, (int X, int Y) end, bool reversed)
    {
        var (from, to) = reversed ? (end, start) : (start, end);
        var middle = (start.Y + end.Y) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"M{from.X} {from.Y}C{from.X} {middle} {to.X} {middle} {to.X} {to.Y}");
    }

    /// <summary>Two boxes in one row: down into the gutter below them, across, and up.</summary>
    private List<(int X, int Y)> Beside((int X, int Y) start, (int X, int Y) end, int offset)
    {
        var gutter = start.Y + (grid.GapY / 2) + offset;
        return [start, (start.X, gutter), (end.X, gutter), end];
    }

    /// <summary>Rows apart: along the gutter under the upper box, down a clear gap, along the gutter over the lower box.</summary>
    private List<(int X, int Y)> Around((int X, int Y) start, (int X, int Y) end, int upperRow, int lowerRow, int offset)
    {
        var below = start.Y + (grid.GapY / 2) + offset;
        var above = end.Y - (grid.GapY / 2) + offset;
        var down = ClearGap(start.X, end.X, upperRow, lowerRow, offset);
        return [start, (start.X, below), (down, below), (down, above), (end.X, above), end];
    }

    /// <summary>
    /// An x at which a line can run down through every row between the two, clear of their boxes: the one making the
    /// shortest way across, nearest the lower end on a tie. The side margins are always clear.
    /// </summary>
    private int ClearGap(int fromX, int toX, int upperRow, int lowerRow, int offset)
    {
        const int Clearance = 5;
        var blocked = nodes.Where(n => n.Row > upperRow && n.Row < lowerRow)
            .Select(n => (From: n.X - Clearance, To: n.Right + Clearance))
            .OrderBy(b => b.From)
            .ToList();
        var free = new List<(int From, int To)>();
        var at = 0;
        foreach (var (from, to) in blocked)
        {
            if (from > at)
            {
                free.Add((at, from));
            }

            at = Math.Max(at, to);
        }

        free.Add((at, width));

        return free
            .Select(gap =>
            {
                var x = gap.To - gap.From <= 2 * Clearance ? (gap.From + gap.To) / 2 : Math.Clamp(toX + offset, gap.From + Clearance, gap.To - Clearance);
                return (x, cost: Math.Abs(fromX - x) + Math.Abs(toX - x), near: Math.Abs(toX - x));
            })
            .OrderBy(c => c.cost)
            .ThenBy(c => c.near)
            .ThenBy(c => c.x)
            .First().x;
    }

    private static string Polyline(IEnumerable<(int X, int Y)> points)
    {
        var path = new StringBuilder();
        foreach (var (x, y) in points)
        {
            path.Append(path.Length == 0 ? 'M' : 'L').Append(x.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(y.ToString(CultureInfo.InvariantCulture));
        }

        return path.ToString();
    }
}
