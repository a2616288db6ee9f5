using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Cli.Terminal;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb check</c>: validate everything a build would, write nothing; exit 1 on any error. <c>--external</c> lists links to other sites.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var external = new Option<bool>("--external") { Description = "Also list every link to another site with the file and line it is written in (never fetched)." };
        var command = new Command("check", "Check content/ for errors and warnings without writing the site.") { format, external };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            var result = new SiteBuilder().Check(site.Request(parse));
            if (parse.GetValue(format) == "json")
            {
                DiagnosticPrinter.WriteJson(stdout, result.Diagnostics, parse.GetValue(external) ? result.ExternalLinks : null);
            }
            else
            {
                DiagnosticPrinter.WriteText(stdout, result.Diagnostics);
                if (parse.GetValue(external))
                {
                    ExternalLinkPrinter.WriteText(stdout, result.ExternalLinks);
                }

                stdout.WriteLine($"{result.Errors} error(s), {result.Warnings} warning(s) in {result.EntriesByKind.Values.Sum()} entries.");
            }

            return result.Succeeded ? KbApp.Success : KbApp.ContentErrors;
        });
        return command;
    }
}
