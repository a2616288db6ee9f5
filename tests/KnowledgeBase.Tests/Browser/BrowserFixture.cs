using KnowledgeBase.Tests.Building;
using KnowledgeBase.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace KnowledgeBase.Tests.Browser;

/// <summary>The real manual, built once, served as plain files, with one headless Chromium for all browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private RealManual? _manual;
    private IPlaywright? _playwright;

    public StaticSiteServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _manual = new RealManual();
        Server = new StaticSiteServer(_manual.Output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>
    /// A fresh page that fails the test on any request leaving this machine (no CDNs on an intranet), in the
    /// reader's colour scheme (<c>prefers-color-scheme</c>).
    /// </summary>
    public async Task<(IPage Page, List<string> External)> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        var external = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(Server.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                external.Add(request.Url);
            }
        };
        await page.GotoAsync(Server.BaseUrl + path.TrimStart('/'));
        return (page, external);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Server?.Dispose();
        _manual?.Dispose();
    }
}
