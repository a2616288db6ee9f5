using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Analyses documents on helper threads while the caller takes them in order. Note: the caller is the index
/// writer, whose inserts only one thread can do; the helpers analyse ahead of it, and whenever the document it
/// needs has not been started it analyses that one itself, so no core waits while there is work. Writing the rows
/// as documents arrive, rather than after all are analysed, is what lets a 10,000-entry index build in the time
/// of its inserts.
/// </summary>
internal sealed class AnalysisRun
{
    private readonly SearchDocument[] docs;
    private readonly AnalysedDocument?[] done;
    private readonly Func<DocumentAnalyzer> create;
    private readonly DocumentAnalyzer own;
    private readonly List<DocumentAnalyzer> analyzers = [];
    private readonly Task[] helpers;
    private readonly Action<IReadOnlyList<DocumentAnalyzer>, AnalysedDocument?[]>? allAnalysed;
    private volatile Exception? failure;
    private int claimed = -1;
    private int analysedCount;

    /// <param name="docs">The documents, in the order they are taken.</param>
    /// <param name="create">Makes one thread's analyzer.</param>
    /// <param name="helpers">How many threads analyse beside the caller (fewer for a small manual).</param>
    /// <param name="allAnalysed">
    /// Run once, with every thread's analyzer and every analysed document (by position), on the thread that finishes
    /// the last document, which may be a helper
    /// while the caller is still taking documents: what needs every document's terms starts there. It must not throw.
    /// </param>
    public AnalysisRun(SearchDocument[] docs, Func<DocumentAnalyzer> create, int helpers, Action<IReadOnlyList<DocumentAnalyzer>, AnalysedDocument?[]>? allAnalysed = null)
    {
        this.docs = docs;
        this.create = create;
        this.allAnalysed = allAnalysed;
        done = new AnalysedDocument?[docs.Length];
        own = Register(create());
        // A thread per 64 documents at most: a small manual is analysed before a helper would have started.
        this.helpers = new Task[Math.Clamp(docs.Length / 64, 0, Math.Max(helpers, 0))];
        for (int h = 0; h < this.helpers.Length; h++)
        {
            this.helpers[h] = Task.Factory.StartNew(Help, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Document <paramref name="i"/>, analysed (by the caller itself if no helper has started it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AnalysedDocument Take(int i)
    {
        var spin = default(SpinWait);
        AnalysedDocument? analysed;
        while ((analysed = Volatile.Read(ref done[i])) is null)
        {
            if (failure is { } error)
            {
                throw new AggregateException(error);
            }

            if (TryClaim(out int next))
            {
                Analyse(own, next);
            }
            else
            {
                // A helper is on document i and will be done within a document's time: wait without sleeping.
                spin.SpinOnce(sleep1Threshold: -1);
            }
        }

        return analysed;
    }

    /// <summary>Stops the helpers after the documents they are on (the caller failed) and waits for them.</summary>
    public void Abandon()
    {
        failure ??= new OperationCanceledException("The index build was abandoned.");
        try
        {
            Task.WaitAll(helpers);
        }
        catch (AggregateException)
        {
            // The caller's own failure is the one to report.
        }
    }

    /// <summary>Waits for the helpers; returns every analyzer, for their document frequencies.</summary>
    public IReadOnlyList<DocumentAnalyzer> Finish()
    {
        Task.WaitAll(helpers);
        return analyzers;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Help()
    {
        var analyzer = Register(create());
        try
        {
            while (failure is null && TryClaim(out int next))
            {
                Analyse(analyzer, next);
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
    }

    private bool TryClaim(out int next)
    {
        next = Interlocked.Increment(ref claimed);
        return next < docs.Length;
    }

    private void Analyse(DocumentAnalyzer analyzer, int i)
    {
        Volatile.Write(ref done[i], analyzer.Analyse(docs[i]));
        if (Interlocked.Increment(ref analysedCount) == docs.Length && allAnalysed is not null)
        {
            DocumentAnalyzer[] all;
            lock (analyzers)
            {
                all = [.. analyzers];
            }

            allAnalysed(all, done);
        }
    }

    private DocumentAnalyzer Register(DocumentAnalyzer analyzer)
    {
        lock (analyzers)
        {
            analyzers.Add(analyzer);
        }

        return analyzer;
    }
}
