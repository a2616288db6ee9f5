using System.Collections.Concurrent;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content.Files;

/// <summary>
/// What the last load made of each content file (an entry, a data file), with the diagnostics it reported, kept while
/// the file's size and last write time stay the same. A rebuild in the same process (kb serve after an edit) then reads
/// and parses only the files that changed, and an unchanged file gives the very same object as before, which later
/// stages compare by reference to tell what an edit touched. Thread-safe.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Cached> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    /// <summary>The file's parse from the last load when the file has not changed since; otherwise <paramref name="read"/>'s.</summary>
    /// <param name="read">Reads and parses the file, reporting into the bag it is given.</param>
    /// <param name="basis">What the parse also depends on (an entry's, the vocabularies it is checked against): a parse made on another is not reused.</param>
    public T Get<T>(string path, Func<DiagnosticBag, T> read, DiagnosticBag diagnostics, object? basis = null)
    {
        _seen[path] = 0;
        var stamp = Stamp(path);
        if (stamp is { } known && _files.TryGetValue(path, out var hit) && hit.Stamp == known && ReferenceEquals(hit.Basis, basis) && hit.Value is T value)
        {
            diagnostics.AddRange(hit.Diagnostics);
            return value;
        }

        // The stamp is taken before the read: a file written again meanwhile has a newer stamp and is read next time.
        var (result, reported) = diagnostics.Recording(read);
        if (stamp is { } taken && result is not null)
        {
            _files[path] = new Cached(taken, basis, result, reported);
        }
        else
        {
            _files.TryRemove(path, out _);
        }

        return result;
    }

    /// <summary>Ends a load: files it did not ask for (deleted, renamed) are forgotten.</summary>
    public void Sweep()
    {
        foreach (var path in _files.Keys.Where(p => !_seen.ContainsKey(p)))
        {
            _files.TryRemove(path, out _);
        }

        _seen.Clear();
    }

    private static (long Length, long Ticks)? Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && info.LinkTarget is null ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }

    private sealed record Cached((long Length, long Ticks) Stamp, object? Basis, object Value, IReadOnlyList<Diagnostic> Diagnostics);
}
