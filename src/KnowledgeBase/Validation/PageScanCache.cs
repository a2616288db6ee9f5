using System.Collections.Concurrent;
using System.IO.Hashing;
using KnowledgeBase.Output;

namespace KnowledgeBase.Validation;

/// <summary>
/// The scans of the last build's pages, by a hash of their bytes, so a rebuild in the same process (kb serve after an
/// edit) parses only the pages that changed. Each build keeps only its own pages. Thread-safe.
/// </summary>
public sealed class PageScanCache
{
    private readonly Lock _gate = new();
    private ConcurrentDictionary<UInt128, ScannedPage> _previous = new();
    private ConcurrentDictionary<UInt128, ScannedPage> _current = new();
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

    /// <summary>Ends a build: its pages become the ones a next build may reuse.</summary>
    internal void Commit()
    {
        lock (_gate)
        {
            _previous = _current;
            _current = new();
            _strings = new(StringComparer.Ordinal);
        }
    }

    // XXH128 reads several gigabytes a second, ten times SHA-256 on this machine's cores, and its 128 bits make an
    // accidental collision between two pages of a site as good as impossible (the pages are the editors' own, not an
    // adversary's).
    private static UInt128 Key(byte[] bytes) => XxHash128.HashToUInt128(bytes);
}
