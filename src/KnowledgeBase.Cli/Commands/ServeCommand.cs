using System.CommandLine;
using KnowledgeBase.Cli.Terminal;
using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Server;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb serve</c>: build, serve on 127.0.0.1, rebuild and reload pages on every edit.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (default 5080; 0 picks a free one).", DefaultValueFactory = _ => 5080 };
        var noReload = new Option<bool>("--no-live-reload") { Description = "Do not watch files or reload pages." };
        var command = new Command("serve", "Build and serve the site on 127.0.0.1 with live reload, search and menu APIs.") { port, noReload };
        site.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var request = site.Request(parse);
            var config = SiteConfigLoader.Load(request.SiteRoot, request.ConfigPath, new DiagnosticBag());
            if (parse.GetValue(port) is < 0 or > 65535)
            {
                throw new UsageException("--port must be from 0 to 65535");
            }

            var options = new ServeOptions(
                request,
                parse.GetValue(port),
                !parse.GetValue(noReload),
                [Path.Combine(request.SiteRoot, config.Content), Path.Combine(request.SiteRoot, "themes"), request.ConfigPath ?? Path.Combine(request.SiteRoot, SiteConfig.FileName)],
                config.Output)
            {
                Log = new LineLoggerProvider(stdout),
            };

            await using var server = await SiteServer.StartAsync(options);
            if (server.LastBuild is { Succeeded: false } failed)
            {
                DiagnosticPrinter.WriteText(stderr, failed.Diagnostics);
                if (server.Refusal is { } refusal)
                {
                    await stderr.WriteLineAsync($"The first build failed, and {refusal}");
                    if (!options.LiveReload)
                    {
                        return KbApp.ContentErrors;
                    }
                }
                else
                {
                    await stderr.WriteLineAsync("The first build failed; serving the previous site (if any). Fix the errors and save to rebuild.");
                }
            }

            await stdout.WriteLineAsync($"Serving the manual at {server.Url} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop cleanly.
            }

            return KbApp.Success;
        });
        return command;
    }
}
