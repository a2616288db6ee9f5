using KnowledgeBase.Output;
using KnowledgeBase.Search.Engine;

namespace KnowledgeBase.Server;

/// <summary>
/// The search engine kb serve's APIs share, on the index of the last good build. A rebuild swaps the whole output
/// folder (Lucene's SearcherManager would not notice), so <see cref="Reload"/>, called by the rebuild that swapped it
/// in (while no other build can swap the folder), opens an engine on the new index and puts it in place of the old
/// one; requests still running on the old engine finish on it, and it is closed after the last of them.
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
            _current ??= new Counted(Open());
            _current.AddRef();
            return new Lease(_current);
        }
    }

    /// <summary>Opens the index a rebuild has just swapped in and serves from it from now on.</summary>
    public void Reload()
    {
        Counted? fresh;
        try
        {
            fresh = new Counted(Open());
        }
        catch (IOException)
        {
            fresh = null; // opened by the next request instead
        }

        Swap(fresh);
    }

    public void Dispose() => Swap(null);

    // The build folder behind the output link, so the engine stays on one site's index whatever is swapped in later.
    private LuceneSearchEngine Open() => new(Path.Combine(AtomicSiteWriter.CurrentSite(outputFolder), SearchIndexFiles.Folder));

    private void Swap(Counted? fresh)
    {
        Counted? old;
        lock (_gate)
        {
            old = _current;
            _current = fresh;
        }

        old?.Release();
    }

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
