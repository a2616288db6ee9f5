namespace KnowledgeBase.Menu;

/// <summary>
/// The options one query touches and their scores. Flat arrays rather than hash sets: union of postings and
/// membership tests are then a byte read each, which keeps a 10,000-option catalog within a few milliseconds.
/// </summary>
internal sealed class Candidates(int count)
{
    private readonly bool[] _touched = new bool[count];

    public List<int> Touched { get; } = [];

    public double[] Scores { get; } = new double[count];

    public bool IsTouched(int i) => _touched[i];

    public void Touch(int i)
    {
        if (!_touched[i])
        {
            _touched[i] = true;
            Touched.Add(i);
        }
    }

    public void Touch(IEnumerable<int>? options)
    {
        if (options is null)
        {
            return;
        }

        foreach (var i in options)
        {
            Touch(i);
        }
    }
}
