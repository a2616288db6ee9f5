using KnowledgeBase.Building;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Server;

/// <summary>
/// <c>kb serve</c>: builds the site, serves it on 127.0.0.1 with Kestrel, rebuilds on every edit and reloads
/// open pages. The search and menu APIs answer from what the last good build wrote.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteRebuilder _rebuilder;
    private readonly SharedSearchEngine _engines;
    private readonly MenuApi _menu;

    private SiteServer(WebApplication app, SiteRebuilder rebuilder, SharedSearchEngine engines, MenuApi menu)
    {
        _app = app;
        _rebuilder = rebuilder;
        _engines = engines;
        _menu = menu;
    }

    /// <summary>The address Kestrel bound, with the real port when port 0 asked for a free one.</summary>
    public string Url => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public BuildResult? LastBuild => _rebuilder.Last;

    public static async Task<SiteServer> StartAsync(ServeOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.Port}");
        builder.Logging.ClearProviders();
        if (options.Log is { } log)
        {
            builder.Logging.AddProvider(log);
        }

        builder.Services.AddSingleton<ReloadBroadcaster>();
        var app = builder.Build();
        var broadcaster = app.Services.GetRequiredService<ReloadBroadcaster>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("kb.serve");
        var rebuilder = new SiteRebuilder(options.Request, broadcaster, logger);
        var first = await rebuilder.RebuildAsync();
        var output = first.OutputFolder ?? Path.GetFullPath(Path.Combine(options.Request.SiteRoot, options.OutputFolder));
        var guard = new ServedSiteGuard(output, Ceiling(options.Request));
        var files = new SiteFiles(output, options.LiveReload, guard);
        var engines = new SharedSearchEngine(output);
        var search = new SearchApi(engines, logger);
        var menu = new MenuApi(engines);
        menu.Reload(first.Graph is { } graph && first.Succeeded ? graph : null);
        rebuilder.Built += result =>
        {
            engines.Reload();
            menu.Reload(result.Graph);
        };

        app.Use(SecurityHeaders.Apply);
        app.MapGet("/_kb/live-reload.js", LiveReloadScript);
        var stopping = app.Lifetime.ApplicationStopping;
        app.MapGet("/_kb/events", context => Events(context, broadcaster, stopping));
        app.MapGet("/api/search", context => Guarded(context, guard, search.HandleAsync));
        app.MapGet("/api/menu", context => Guarded(context, guard, menu.HandleAsync));
        // The default fallback skips paths that look like files; the site's assets are exactly those.
        app.MapFallback("{**path}", files.ServeAsync);
        if (options.LiveReload)
        {
            rebuilder.Watch(options.Watch);
        }

        await app.StartAsync();
        return new SiteServer(app, rebuilder, engines, menu) { Refusal = guard.Refusal() };
    }

    public Task<BuildResult> RebuildAsync() => _rebuilder.RebuildAsync();

    /// <summary>Why the site in the output folder is not served (built at another classification), or null.</summary>
    public string? Refusal { get; private init; }

    private static string Ceiling(BuildRequest request) => ClassificationNames.Format(
        request.MaxClassification ?? SiteConfigLoader.Load(request.SiteRoot, request.ConfigPath, new DiagnosticBag()).MaxClassification);

    // The APIs answer from the same index as the pages: never from a site built at another classification.
    private static Task Guarded(HttpContext context, ServedSiteGuard guard, RequestDelegate handler) =>
        guard.Refusal() is { } refusal
            ? ApiResponses.Json(context, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = refusal }), StatusCodes.Status503ServiceUnavailable)
            : handler(context);

    private static async Task LiveReloadScript(HttpContext context)
    {
        context.Response.ContentType = "text/javascript; charset=utf-8";
        await using var stream = typeof(SiteServer).Assembly.GetManifestResourceStream("live-reload.js")!;
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    // An open event stream would hold shutdown until its timeout: it ends when the server stops.
    private static async Task Events(HttpContext context, ReloadBroadcaster broadcaster, CancellationToken stopping)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var cancel = both.Token;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            await context.Response.WriteAsync(": connected\n\n", cancel);
            await context.Response.Body.FlushAsync(cancel);
            var reader = broadcaster.Subscribe(cancel);
            await foreach (var (name, data) in reader.ReadAllAsync(cancel))
            {
                var lines = string.Join('\n', data.Split('\n').Select(l => "data: " + l));
                await context.Response.WriteAsync($"event: {name}\n{lines}\n\n", cancel);
                await context.Response.Body.FlushAsync(cancel);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    public Task WaitForShutdownAsync(CancellationToken cancel) => _app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        _rebuilder.Dispose();
        await _app.StopAsync();
        _menu.Dispose();
        _engines.Dispose();
        await _app.DisposeAsync();
    }
}
