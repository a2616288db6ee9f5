using KnowledgeBase.Building;
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

    // One builder for every rebuild (one at a time): it keeps the last build's page scans, so the link check parses
    // only the pages an edit changed.
    private readonly SiteBuilder _builder = new();
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

    private void OnChange(object sender, FileSystemEventArgs e) => _debounce.Change(Quiet, Timeout.InfiniteTimeSpan);

    public async Task<BuildResult> RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            var result = await Task.Run(BuildOrReport);
            Last = result;
            foreach (var diagnostic in result.Diagnostics)
            {
                _logger.LogWarning("{Diagnostic}", diagnostic.ToString());
            }

            if (result.Succeeded)
            {
                _logger.LogInformation("Rebuilt {Pages} pages in {Seconds:0.00} s", result.PagesWritten, result.Elapsed.TotalSeconds);
                Built?.Invoke(result);
                _broadcaster.Publish("reload", "");
            }
            else
            {
                _logger.LogError("The rebuild failed with {Errors} error(s); the previous site is still served", result.Errors);
                _broadcaster.Publish("errors", string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
            }

            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// A build that throws is a bug in kb, but under kb serve it must still be seen: it becomes one error diagnostic
    /// (the exception's type and message, without a stack trace) that is logged and shown in every open page.
    /// </summary>
    private BuildResult BuildOrReport()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return _builder.Build(_request);
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
