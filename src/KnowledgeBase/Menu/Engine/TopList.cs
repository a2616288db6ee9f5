namespace KnowledgeBase.Menu;

/// <summary>
/// Keeps the best <c>capacity</c> options seen, in order, by binary insertion: O(n log k) rather than sorting
/// every candidate, which matters when a London-wide posting touches most of a large catalog.
/// </summary>
internal sealed class TopList(MenuIndex index, int capacity)
{
    private readonly List<Ranked> _items = new(capacity + 1);

    public IReadOnlyList<Ranked> Items => _items;

    public void Offer(Ranked candidate)
    {
        if (_items.Count == capacity && Compare(candidate, _items[^1]) >= 0)
        {
            return;
        }

        var lo = 0;
        var hi = _items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Compare(candidate, _items[mid]) < 0)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        _items.Insert(lo, candidate);
        if (_items.Count > capacity)
        {
            _items.RemoveAt(_items.Count - 1);
        }
    }

    public Ranked[] ToArray() => [.. _items];

    private int Compare(Ranked a, Ranked b) => index.Compare(a.Index, a.Score, b.Index, b.Score);
}
