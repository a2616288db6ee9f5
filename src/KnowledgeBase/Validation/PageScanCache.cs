using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using KnowledgeBase.Output;

namespace KnowledgeBase.Validation;

/// <summary>
/// The scans of the last build's pages, by a hash of their bytes, and of the partials' output in them (cards, the
/// site's header, governance figures), by a hash of their text: a partial the same on many pages is read once per
/// build, and a rebuild in the same process (kb serve after an edit) parses only the pages and partials that changed.
/// A title edit lays out every listing that shows the entry again: its cards were read by the last build. Each build
/// keeps only what it used. Thread-safe.
/// </summary>
public sealed class PageScanCache
{
    private readonly Lock _gate = new();
    private ConcurrentDictionary<UInt128, ScannedPage> _previous = new();
    private ConcurrentDictionary<UInt128, ScannedPage> _current = new();
    private ConcurrentDictionary<UInt128, ScannedPage> _previousPartials = new();
    private ConcurrentDictionary<UInt128, ScannedPage> _currentPartials = new();
    private ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>
    /// One copy of each URL and id of a build: most of them (the frame's links, links to entries) are on thousands of
    /// pages, and the cache would otherwise keep a copy per page.
    /// </summary>
    internal string Intern(string value) => _strings.GetOrAdd(value, value);

    internal ScannedPage GetOrScan(OutputFile page, Func<OutputFile, ScannedPage> scan)
    {
        var key = Key(page.Bytes);
        if (!_previous.TryGetValue(key, out var scanned) && !_current.TryGetValue(key, out scanned))
        {
            scanned = scan(page);
        }

        _current[key] = scanned;
        return scanned;
    }

    /// <summary>The scan of a partial's text, made by <paramref name="scan"/> the first time this build or the last met it.</summary>
    internal ScannedPage GetOrScanPartial(ReadOnlyMemory<char> text, Func<ReadOnlyMemory<char>, ScannedPage> scan)
    {
        var key = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text.Span));
        if (!_currentPartials.TryGetValue(key, out var scanned))
        {
            // Two pages meeting the same new partial at once may both read it: the same scan either way.
            scanned = _previousPartials.TryGetValue(key, out var kept) ? kept : scan(text);
            _currentPartials.TryAdd(key, scanned);
        }

        return scanned;
    }

    /// <summary>How many distinct partials this build has met so far.</summary>
    internal int PartialCount => _currentPartials.Count;

    /// <summary>Ends a build: its pages and partials become the ones a next build may reuse.</summary>
    internal void Commit()
    {
        lock (_gate)
        {
            _previous = _current;
            _current = new();
            _previousPartials = _currentPartials;
            _currentPartials = new();
            _strings = new(StringComparer.Ordinal);
        }
    }

    // XXH128 reads several gigabytes a second, ten times SHA-256 on this machine's cores, and its 128 bits make an
    // accidental collision between two pages of a site as good as impossible (the pages are the editors' own, not an
    // adversary's).
    private static UInt128 Key(byte[] bytes) => XxHash128.HashToUInt128(bytes);
}
