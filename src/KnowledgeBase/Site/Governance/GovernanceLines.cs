using System.Collections.Immutable;
using KnowledgeBase.Content;

namespace KnowledgeBase.Site.Governance;

/// <summary>
/// Every line of accountability the published entries state: each board's <c>reports_to</c>, each entry's
/// <c>governed_by</c> and <c>lead</c>, to published entries only (withheld ones were stripped before). The whole
/// site's diagram and each entry's neighbourhood are cut from it.
/// </summary>
public sealed class GovernanceLines
{
    private readonly SiteGraph _graph;
    private readonly ImmutableDictionary<string, ImmutableArray<GovernanceLine>> _byBelow;
    private readonly ImmutableDictionary<string, ImmutableArray<GovernanceLine>> _byAbove;

    internal GovernanceLines(SiteGraph graph)
    {
        _graph = graph;
        All = [.. graph.Entries.SelectMany(LinesStatedBy)];
        _byBelow = All.GroupBy(l => l.Below.Slug, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _byAbove = All.GroupBy(l => l.Above.Slug, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Every line, in the entries' order and each entry's fields' order.</summary>
    public ImmutableArray<GovernanceLine> All { get; }

    /// <summary>
    /// The governance page's diagram: every board (a new board file appears with no other change), the boards they
    /// report to, the entries boards govern, and the leads that run from or to a board. Leads between programmes and
    /// options are left to those entries' own pages, where they are the neighbourhood.
    /// </summary>
    public GovernanceChart Whole()
    {
        var lines = All.Where(l => l.Relation != GovernanceRelation.LedBy || IsBoard(l.Below) || IsBoard(l.Above)).ToList();
        return new GovernanceChart(_graph.OfKind(EntryKind.Board).Concat(lines.SelectMany(Ends)), lines, null);
    }

    /// <summary>
    /// An entry's neighbourhood: the chain it answers to, up to the top (what leads it, the boards governing that,
    /// the bodies those report to), and the entries answering to it directly; every line between them is drawn.
    /// </summary>
    public GovernanceChart Around(SitePage entry)
    {
        var shown = Reach(entry, next => Answering(next).Select(l => l.Above));
        shown.UnionWith(AnsweredBy(entry).Select(l => l.Below));
        return new GovernanceChart(shown, All.Where(l => shown.Contains(l.Below) && shown.Contains(l.Above)), entry);
    }

    /// <summary>
    /// The entries whose neighbourhood (<see cref="Around"/>) shows this one: itself, everything that answers to it
    /// at any remove (it is on their chain to the top), and what it answers to directly.
    /// </summary>
    public IReadOnlySet<SitePage> ShowingIn(SitePage entry)
    {
        var showing = Reach(entry, next => AnsweredBy(next).Select(l => l.Below));
        showing.UnionWith(Answering(entry).Select(l => l.Above));
        return showing;
    }

    /// <summary>The entry and every entry reached from it by following <paramref name="step"/> again and again.</summary>
    private static HashSet<SitePage> Reach(SitePage entry, Func<SitePage, IEnumerable<SitePage>> step)
    {
        var reached = new HashSet<SitePage> { entry };
        var waiting = new Queue<SitePage>([entry]);
        while (waiting.TryDequeue(out var next))
        {
            foreach (var found in step(next).Where(reached.Add))
            {
                waiting.Enqueue(found);
            }
        }

        return reached;
    }

    /// <summary>The lines this entry's front matter states: what it answers to.</summary>
    public ImmutableArray<GovernanceLine> Answering(SitePage entry) => _byBelow.GetValueOrDefault(entry.Slug, []);

    /// <summary>The lines naming this entry as the one answered to.</summary>
    public ImmutableArray<GovernanceLine> AnsweredBy(SitePage entry) => _byAbove.GetValueOrDefault(entry.Slug, []);

    private IEnumerable<GovernanceLine> LinesStatedBy(SitePage page)
    {
        var entry = page.Entry;
        var stated = entry.ReportsTo.Select(slug => (slug, GovernanceRelation.ReportsTo))
            .Concat(entry.GovernedBy.Select(slug => (slug, GovernanceRelation.GovernedBy)))
            .Concat(entry.Lead is { } lead ? [(lead, GovernanceRelation.LedBy)] : []);
        foreach (var (slug, relation) in stated)
        {
            // An entry naming itself is reported by the content stage (KB0116); it draws no line.
            if (_graph.Find(slug) is { } above && !above.Equals(page) && above.Entry.Kind != EntryKind.Page)
            {
                var line = new GovernanceLine(page, above, relation, false);
                yield return line with { Inferred = entry.IsInferred(line.Field) };
            }
        }
    }

    private static IEnumerable<SitePage> Ends(GovernanceLine line) => [line.Above, line.Below];

    private static bool IsBoard(SitePage page) => page.Entry.Kind == EntryKind.Board;
}
