namespace KnowledgeBase.Menu;

/// <summary>
/// One facet's scores for one query, summed per option in the order <see cref="OptionScorer"/> adds them, then
/// flushed into the running totals so the next facet starts from zero (as the scorer's per-facet sum does).
/// Reused from query to query: it is always left empty.
/// </summary>
internal sealed class FacetAccumulator(int count)
{
    private readonly double[] _score = new double[count];
    private readonly bool[] _seen = new bool[count];
    private readonly bool[] _chosen = new bool[count];
    private readonly List<int> _options = [];

    /// <param name="share">A further factor for weaker matches (terms the text names), or null.</param>
    /// <param name="chosen">True for terms the commander chose, which rule out the all-communities credit.</param>
    public void Add(int[]? options, double product, double[] breadth, double? share, bool chosen)
    {
        if (options is null)
        {
            return;
        }

        foreach (var i in options)
        {
            Seen(i);
            _chosen[i] |= chosen;
            _score[i] += share is { } s ? product * breadth[i] * s : product * breadth[i];
        }
    }

    public void AddUnlessChosen(int[] options, double product, double[] breadth)
    {
        foreach (var i in options)
        {
            if (!_chosen[i])
            {
                Seen(i);
                _score[i] += product * breadth[i];
            }
        }
    }

    public void FlushInto(double[] total, Candidates candidates)
    {
        foreach (var i in _options)
        {
            total[i] += _score[i];
            candidates.Touch(i);
        }

        Clear();
    }

    /// <summary>Back to empty, touching only the options added since the last flush.</summary>
    public void Clear()
    {
        foreach (var i in _options)
        {
            _score[i] = 0;
            _seen[i] = false;
            _chosen[i] = false;
        }

        _options.Clear();
    }

    private void Seen(int i)
    {
        if (!_seen[i])
        {
            _seen[i] = true;
            _options.Add(i);
        }
    }
}
