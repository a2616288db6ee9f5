namespace KnowledgeBase.Menu;

/// <summary>
/// The options one query touches and their scores. Flat arrays rather than hash sets: union of postings and
/// membership tests are then a byte read each, which keeps a 10,000-option catalog within a few milliseconds.
/// Reused from query to query (see <see cref="QueryScratch"/>): <see cref="Reset"/> clears only what was touched.
/// </summary>
internal sealed class Candidates(int count)
{
    private readonly bool[] _touched = new bool[count];

    public List<int> Touched { get; } = [];

    /// <summary>Scores by option index; only the entries of <see cref="Touched"/> options are meaningful.</summary>
    public double[] Scores { get; } = new double[count];

    /// <summary>Topic scores (facets and text) by option index; only the entries of <see cref="Touched"/> options are meaningful.</summary>
    public double[] Topic { get; } = new double[count];

    /// <summary>True when some touched option matches the problem: the answer then leaves out those that do not.</summary>
    public bool AnyOnTopic { get; set; }

    public bool IsTouched(int i) => _touched[i];

    public void Touch(int i)
    {
        if (!_touched[i])
        {
            _touched[i] = true;
            Touched.Add(i);
        }
    }

    /// <summary>Back to no option touched, in time proportional to the options touched rather than the catalog.</summary>
    public void Reset()
    {
        foreach (var i in Touched)
        {
            _touched[i] = false;
            Scores[i] = 0;
            Topic[i] = 0;
        }

        Touched.Clear();
        AnyOnTopic = false;
    }
}
