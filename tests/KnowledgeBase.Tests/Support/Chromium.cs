namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Finds Debian's Chromium for the browser tests, installing the <c>chromium</c> package when it is missing
/// (a fresh machine has only the .NET SDK). Playwright's own browser download cannot work here.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";
    private static readonly Lazy<string> Installed = new(Install);

    public static string Executable => Installed.Value;

    /// <summary>Flags that keep Chromium off the network: this machine's only network is the loopback.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private static string Install()
    {
        var explicitPath = Environment.GetEnvironmentVariable("KB_CHROMIUM");
        if (!string.IsNullOrEmpty(explicitPath) && File.Exists(explicitPath))
        {
            return explicitPath;
        }

        if (!File.Exists(Path))
        {
            DebianPackages.Install("chromium");
        }

        return File.Exists(Path)
            ? Path
            : throw new InvalidOperationException("Chromium is needed for the browser tests: install Debian's 'chromium' package (apt-get install chromium) or set KB_CHROMIUM to a Chromium binary.");
    }
}
