using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Cli.Terminal;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Menu;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Site;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb menu --need N ...</c>: recommend options for a commander's problem, grouped by need, or as JSON.</summary>
public static class MenuCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        Option<string[]> Many(string name, string description) =>
            new(name) { Description = description, AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.ZeroOrMore };
        var fields = new (string Field, Option<string[]> Option)[]
        {
            ("need", Many("--need", "A need: intelligence, prevention or enforcement (repeat for several).")),
            ("crime-type", Many("--crime-type", "A crime type, e.g. knives, guns, gangs.")),
            ("gang-type", Many("--gang-type", "A gang type: peer-groups, street-gangs, organised-criminal-networks.")),
            ("borough", Many("--borough", "A borough, e.g. lambeth.")),
            ("community", Many("--community", "A community, e.g. south-asian.")),
            ("audience", Many("--audience", "An audience, e.g. schools, young-people.")),
            ("focus", Many("--focus", "A focus: offenders, locations or victims.")),
        };
        var text = new Option<string?>("--text") { Description = "The problem in your own words." };
        var json = new Option<bool>("--json") { Description = "Print the JSON contract: {\"profile\", \"options\": [...]}." };
        var limit = new Option<int>("--limit", "-n") { Description = "Options per need (1-50).", DefaultValueFactory = _ => 5 };
        var command = new Command("menu", "Recommend intelligence, prevention and enforcement options for a problem.") { text, json, limit };
        foreach (var (_, option) in fields)
        {
            command.Add(option);
        }

        site.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) is < 1 or > 50)
            {
                throw new UsageException("--limit must be from 1 to 50");
            }

            var request = site.Request(parse);
            var (folder, build) = BuiltSite.Ensure(request);
            // A build that just ran has the graph already; an up-to-date site needs only the graph assembled.
            var diagnostics = new DiagnosticBag();
            var graph = build?.Graph ?? new SiteBuilder().Assemble(request, diagnostics).Graph;
            if (folder is null || diagnostics.HasErrors)
            {
                DiagnosticPrinter.WriteText(stderr, build?.Diagnostics ?? diagnostics.ToSortedList());
                stderr.WriteLine("The manual has content errors; fix them to use the menu.");
                return KbApp.ContentErrors;
            }

            using var search = new LuceneSearchEngine(Path.Combine(folder, SearchIndexFiles.Folder));
            var profile = fields
                .Select(f => new KeyValuePair<string, IReadOnlyList<string>>(f.Field, parse.GetValue(f.Option) ?? []))
                .Append(new KeyValuePair<string, IReadOnlyList<string>>("text", [parse.GetValue(text) ?? ""]));
            var answer = new MenuService(graph, search).Answer(profile, parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                stdout.WriteLine(MenuJsonWriter.ToJson(answer));
            }
            else
            {
                MenuTable.Write(Consoles.For(stdout), answer);
            }

            if (answer.Message is not null && answer.Options.IsEmpty)
            {
                stderr.WriteLine(answer.Message);
                return KbApp.BadUsage;
            }

            return KbApp.Success;
        });
        return command;
    }
}
