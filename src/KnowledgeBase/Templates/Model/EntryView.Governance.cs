using KnowledgeBase.Content;

namespace KnowledgeBase.Templates.Model;

/// <summary>The governance diagram of a board's or programme's neighbourhood, drawn when its page asks for it.</summary>
public sealed partial class EntryView
{
    private GovernanceFigureView? _governance;
    private bool _governanceDrawn;
    private object? _governanceLock;

    /// <summary>
    /// For a board or a programme: what it answers to, up to the top, and what answers to it, as a diagram; null for
    /// other kinds and when no line reaches the entry.
    /// </summary>
    public GovernanceFigureView? Governance =>
        LazyInitializer.EnsureInitialized(ref _governance, ref _governanceDrawn, ref _governanceLock, DrawGovernance);

    private GovernanceFigureView? DrawGovernance()
    {
        if (E.Kind is not (EntryKind.Board or EntryKind.Programme))
        {
            return null;
        }

        var chart = _model.Graph.Governance.Around(_page);
        return chart.IsEmpty ? null : new GovernanceFigureView(chart, _model, "governance", $"Governance around {E.Title}: what it answers to, up to the top, and what answers to it.");
    }
}
