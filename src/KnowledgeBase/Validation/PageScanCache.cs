using System.Collections.Concurrent;
using System.Security.Cryptography;
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

    // SHA-256 runs on the CPU's hash instructions at over a gigabyte a second; 128 of its bits make a collision between
    // two pages of a site as good as impossible.
    private static UInt128 Key(byte[] bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return new UInt128(BitConverter.ToUInt64(hash), BitConverter.ToUInt64(hash[8..]));
    }
}
