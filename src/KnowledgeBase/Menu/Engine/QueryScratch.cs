namespace KnowledgeBase.Menu;

/// <summary>
/// The catalog-sized arrays one query works in (about 400 KB for 10,000 options). Allocating them per query made
/// Gen0 collections the tail of the latency, so each engine keeps a few and lends one to each query in flight.
/// A scratch is used by one query at a time; <see cref="Reset"/> clears only the entries that query wrote.
/// </summary>
internal sealed class QueryScratch(int count)
{
    public Candidates Candidates { get; } = new(count);

    /// <summary>Running relevance per option; nonzero only for options in <see cref="Candidates"/>.</summary>
    public double[] Total { get; } = new double[count];

    public FacetAccumulator Facet { get; } = new(count);

    /// <summary>How many requested boroughs each option covers; nonzero only for options in <see cref="Local"/>.</summary>
    public int[] Covered { get; } = new int[count];

    public List<int> Local { get; } = [];

    /// <summary>Text relevance by option index; nonzero only for options in <see cref="TextSet"/>.</summary>
    public double[] Text { get; } = new double[count];

    public List<int> TextSet { get; } = [];

    public void Reset()
    {
        foreach (var i in Candidates.Touched)
        {
            Total[i] = 0;
        }

        Candidates.Reset();
        foreach (var i in Local)
        {
            Covered[i] = 0;
        }

        Local.Clear();
        foreach (var i in TextSet)
        {
            Text[i] = 0;
        }

        TextSet.Clear();
        Facet.Clear();
    }
}

/// <summary>
/// Lends scratches to queries: thread-safe (a short lock around a stack), creating one when all are in use and
/// keeping at most <see cref="MaxKept"/> so a burst of concurrent queries does not pin memory for good.
/// </summary>
internal sealed class QueryScratchPool(int count)
{
    private const int MaxKept = 16;
    private readonly Stack<QueryScratch> _free = new();

    public QueryScratch Rent()
    {
        lock (_free)
        {
            if (_free.TryPop(out var scratch))
            {
                return scratch;
            }
        }

        return new QueryScratch(count);
    }

    /// <summary>Clears the scratch and keeps it for the next query. Not called when a query throws: that scratch is dropped.</summary>
    public void Return(QueryScratch scratch)
    {
        scratch.Reset();
        lock (_free)
        {
            if (_free.Count < MaxKept)
            {
                _free.Push(scratch);
            }
        }
    }
}
