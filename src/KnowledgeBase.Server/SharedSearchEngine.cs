using KnowledgeBase.Output;
using KnowledgeBase.Search.Engine;

namespace KnowledgeBase.Server;

/// <summary>
/// The search engine kb serve's APIs share, on the index of the last good build. A rebuild swaps the whole output
/// folder (Lucene's SearcherManager would not notice), so <see cref="Reload"/> drops the engine and the next request
/// opens one on the new folder; requests still running on the old engine finish on it, and it is closed after the
/// last of them.
/// </summary>
public sealed class SharedSearchEngine(string outputFolder) : IDisposable
{
    private readonly Lock _gate = new();
    private Counted? _current;

    /// <summary>The current engine, opened if need be; dispose the lease when the request is done.</summary>
    public Lease Acquire()
    {
        lock (_gate)
        {
            _current ??= new Counted(new LuceneSearchEngine(Path.Combine(outputFolder, SearchIndexFiles.Folder)));
            _current.AddRef();
            return new Lease(_current);
        }
    }

    /// <summary>Lets go of the current engine: a rebuild has swapped in a new index.</summary>
    public void Reload()
    {
        Counted? old;
        lock (_gate)
        {
            old = _current;
            _current = null;
        }

        old?.Release();
    }

    public void Dispose() => Reload();

    /// <summary>One engine and how many holders it has (the shared slot counts as one).</summary>
    internal sealed class Counted(LuceneSearchEngine engine)
    {
        private int _refs = 1;

        public LuceneSearchEngine Engine { get; } = engine;

        public void AddRef() => Interlocked.Increment(ref _refs);

        public void Release()
        {
            if (Interlocked.Decrement(ref _refs) == 0)
            {
                Engine.Dispose();
            }
        }
    }

    /// <summary>Use of the engine for one request.</summary>
    public sealed class Lease : IDisposable
    {
        private Counted? _counted;

        internal Lease(Counted counted) => _counted = counted;

        public LuceneSearchEngine Engine => _counted?.Engine ?? throw new ObjectDisposedException(nameof(Lease));

        public void Dispose() => Interlocked.Exchange(ref _counted, null)?.Release();
    }
}
