using KnowledgeBase.Building;
using KnowledgeBase.Building.Incremental;
using KnowledgeBase.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Server;

/// <summary>
/// Rebuilds the site when content, themes or the config change: edits are debounced, one build runs at a
/// time, and a failed build leaves the previous site served (the writer is atomic) while the page shows why.
/// </summary>
public sealed class SiteRebuilder : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);
    private readonly BuildRequest _request;
    private readonly ReloadBroadcaster _broadcaster;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _building = new(1, 1);

    // One updater for every rebuild (one at a time): after an edit to entries it lays out only the pages the edit
    // changes, and brings the search index and related lists up to date after those pages are served.
    private readonly SiteUpdater _updater = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;

    public SiteRebuilder(BuildRequest request, ReloadBroadcaster broadcaster, ILogger logger)
    {
        _request = request;
        _broadcaster = broadcaster;
        _logger = logger;
        _debounce = new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Raised after every build with its result, for the server to reopen its indexes.</summary>
    public event Action<BuildResult>? Built;

    public BuildResult? Last { get; private set; }

    public void Watch(IEnumerable<string> folders)
    {
        foreach (var path in folders)
        {
            // A file (site.config.yml) is watched alone: watching the site root would see every write to _site.
            FileSystemWatcher watcher;
            if (Directory.Exists(path))
            {
                watcher = new FileSystemWatcher(path) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            }
            else if (File.Exists(path))
            {
                watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path)) { EnableRaisingEvents = true };
            }
            else
            {
                continue;
            }

            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            _watchers.Add(watcher);
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        _changed[e.FullPath] = 0;
        if (e is RenamedEventArgs renamed)
        {
            _changed[renamed.OldFullPath] = 0;
        }

        _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Rebuilds now: incrementally when only entries changed since the last build (the edited pages are served, then
    /// the search index and related lists are brought up to date), otherwise whole.
    /// </summary>
    public async Task<BuildResult> RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            var changed = Drain();
            var result = await Task.Run(() => BuildOrReport(() => changed.Count == 0 ? _updater.Build(_request) : _updater.Update(_request, changed)));
            Last = result;
            Report(result);
            if (result.Succeeded)
            {
                _broadcaster.Publish("reload", "");
                var settled = await Task.Run(() => BuildOrReport(() => _updater.Settle() ?? result));
                if (!ReferenceEquals(settled, result))
                {
                    Report(settled, settling: true);
                    if (settled.Succeeded && settled.PagesWritten > 0)
                    {
                        _broadcaster.Publish("reload", "");
                    }
                }

                if (settled.Succeeded)
                {
                    Built?.Invoke(result);
                }
            }

            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>The paths changed since the last rebuild started.</summary>
    private List<string> Drain()
    {
        var paths = _changed.Keys.ToList();
        foreach (var path in paths)
        {
            _changed.TryRemove(path, out _);
        }

        return paths;
    }

    private void Report(BuildResult result, bool settling = false)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            _logger.LogWarning("{Diagnostic}", diagnostic.ToString());
        }

        if (result.Succeeded)
        {
            if (settling)
            {
                _logger.LogInformation("Search index, related entries and menu data brought up to date in {Seconds:0.00} s ({Pages} pages laid out again)",
                    result.Elapsed.TotalSeconds, result.PagesWritten);
            }
            else
            {
                _logger.LogInformation("Rebuilt {Pages} pages in {Seconds:0.00} s", result.PagesWritten, result.Elapsed.TotalSeconds);
            }
        }
        else
        {
            _logger.LogError("The rebuild failed with {Errors} error(s); the previous site is still served", result.Errors);
            _broadcaster.Publish("errors", string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        }
    }

    /// <summary>
    /// A build that throws is a bug in kb, but under kb serve it must still be seen: it becomes one error diagnostic
    /// (the exception's type and message, without a stack trace) that is logged and shown in every open page.
    /// </summary>
    private static BuildResult BuildOrReport(Func<BuildResult> build)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var diagnostic = new Diagnostic("kb", 0, 0, Severity.Error, DiagnosticCodes.BuildFailed,
                $"the build stopped unexpectedly ({ex.GetType().Name}: {ex.Message}); the previous site is still served. This is a bug in kb: please report it with the last edit");
            return new BuildResult([diagnostic], new Dictionary<string, int>(), 0, 0, 0, null, clock.Elapsed);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
        _building.Dispose();
    }
}
