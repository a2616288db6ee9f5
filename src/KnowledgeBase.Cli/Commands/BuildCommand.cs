using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Cli.Terminal;
using Spectre.Console;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb build</c>: publish the site from content/, atomically; nothing is published on any error.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var output = new Option<string?>("--output", "-o") { Description = "Folder to write the site to (default: the config's 'output', _site)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and warnings." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print each stage as it runs." };
        var command = new Command("build", "Build the site from content/ into the output folder.") { output, quiet, verbose };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var request = site.Request(parse);
            if (parse.GetValue(output) is { } folder)
            {
                request = request with { Output = Path.GetFullPath(folder) };
            }

            var console = Consoles.For(stdout);
            var builder = new SiteBuilder();
            BuildResult result;
            if (parse.GetValue(quiet))
            {
                result = builder.Build(request);
            }
            else if (Consoles.IsInteractive(stdout))
            {
                result = null!;
                console.Progress().AutoClear(true).Start(ctx => result = builder.Build(request with { Progress = new BarProgress(ctx) }));
            }
            else
            {
                result = builder.Build(parse.GetValue(verbose) ? request with { Progress = new PlainProgress(stdout) } : request);
            }

            DiagnosticPrinter.WriteText(stderr, result.Diagnostics);
            if (!parse.GetValue(quiet))
            {
                BuildSummary.Write(console, result);
            }

            return result.Succeeded ? KbApp.Success : KbApp.ContentErrors;
        });
        return command;
    }
}
