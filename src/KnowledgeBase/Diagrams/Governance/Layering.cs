using KnowledgeBase.Content;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Governance;

namespace KnowledgeBase.Diagrams.Governance;

/// <summary>
/// Puts a chart's linked entries in layers from the top: boards first (the bodies others report to above the boards
/// reporting to them), then programmes, then options, each kind in as many layers as its own lines need (a programme
/// led by another sits below it). Within a layer, entries are ordered to sit near what they are linked to (barycentre
/// sweeps), ties kept in title order: the same chart always gives the same layers.
/// </summary>
internal static class Layering
{
    private const int Sweeps = 4;

    public static List<List<SitePage>> Assign(IReadOnlyList<SitePage> entries, IReadOnlyList<GovernanceLine> lines)
    {
        var layers = new List<List<SitePage>>();
        foreach (var band in entries.GroupBy(e => Band(e.Entry.Kind)).OrderBy(g => g.Key))
        {
            var members = band.ToList();
            var inBand = lines.Where(l => Band(l.Above.Entry.Kind) == band.Key && Band(l.Below.Entry.Kind) == band.Key).ToList();

            // Boards hang from the bottom of their band, so the boards nearest the programmes they govern are the lowest
            // and the bodies they report to stand above; programmes and options hang from the top, under the boards.
            var depth = band.Key == 0 ? FromBottom(members, inBand) : FromTop(members, inBand);
            layers.AddRange(members.GroupBy(m => depth[m]).OrderBy(g => g.Key).Select(g => g.ToList()));
        }

        Order(layers, lines);
        return layers;
    }

    private static int Band(EntryKind kind) => kind switch
    {
        EntryKind.Board => 0,
        EntryKind.Programme => 1,
        EntryKind.Option => 2,
        _ => 3,
    };

    /// <summary>Each entry's depth below the top of its band: one more than the deepest entry it answers to.</summary>
    private static Dictionary<SitePage, int> FromTop(List<SitePage> members, List<GovernanceLine> lines) =>
        LongestPath(members, page => lines.Where(l => l.Below.Equals(page)).Select(l => l.Above));

    /// <summary>Each entry's depth from the top when the band's lowest entries share its bottom layer.</summary>
    private static Dictionary<SitePage, int> FromBottom(List<SitePage> members, List<GovernanceLine> lines)
    {
        var height = LongestPath(members, page => lines.Where(l => l.Above.Equals(page)).Select(l => l.Below));
        var top = height.Values.DefaultIfEmpty(0).Max();
        return height.ToDictionary(h => h.Key, h => top - h.Value);
    }

    /// <summary>
    /// The longest chain of steps from each entry. The content stage rejects cycles of reports_to and governed_by, but
    /// leads may still go round; a step back into the chain being walked is not followed.
    /// </summary>
    private static Dictionary<SitePage, int> LongestPath(List<SitePage> members, Func<SitePage, IEnumerable<SitePage>> steps)
    {
        var length = new Dictionary<SitePage, int>();
        var walking = new HashSet<SitePage>();

        int Walk(SitePage page)
        {
            if (length.TryGetValue(page, out var known))
            {
                return known;
            }

            walking.Add(page);
            var longest = 0;
            foreach (var next in steps(page).Where(n => !walking.Contains(n)))
            {
                longest = Math.Max(longest, Walk(next) + 1);
            }

            walking.Remove(page);
            length[page] = longest;
            return longest;
        }

        foreach (var member in members)
        {
            Walk(member);
        }

        return length;
    }

    /// <summary>Barycentre sweeps, down then up: each entry moves towards the mean place of what it is linked to.</summary>
    private static void Order(List<List<SitePage>> layers, IReadOnlyList<GovernanceLine> lines)
    {
        var layerOf = new Dictionary<SitePage, int>();
        for (var i = 0; i < layers.Count; i++)
        {
            layers[i].ForEach(p => layerOf[p] = i);
        }

        var neighbours = layerOf.Keys.ToDictionary(p => p, _ => new List<SitePage>());
        foreach (var line in lines)
        {
            neighbours[line.Above].Add(line.Below);
            neighbours[line.Below].Add(line.Above);
        }

        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            for (var i = 1; i < layers.Count; i++)
            {
                layers[i] = Reorder(layers[i], layers, layerOf, neighbours, other => other < i);
            }

            for (var i = layers.Count - 2; i >= 0; i--)
            {
                layers[i] = Reorder(layers[i], layers, layerOf, neighbours, other => other > i);
            }
        }
    }

    private static List<SitePage> Reorder(
        List<SitePage> layer, List<List<SitePage>> layers, Dictionary<SitePage, int> layerOf,
        Dictionary<SitePage, List<SitePage>> neighbours, Func<int, bool> towards)
    {
        double Place(SitePage page) => (layers[layerOf[page]].IndexOf(page) + 0.5) / layers[layerOf[page]].Count;

        return [.. layer
            .Select((page, index) =>
            {
                var linked = neighbours[page].Where(n => towards(layerOf[n])).ToList();
                return (page, index, key: linked.Count == 0 ? Place(page) : linked.Average(Place));
            })
            .OrderBy(p => p.key)
            .ThenBy(p => p.index)
            .Select(p => p.page)];
    }
}
