using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Cli.Terminal;
using KnowledgeBase.Output;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Json;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb search "QUERY"</c>: the site's search in a terminal, as a table or as the JSON contract.</summary>
public static class SearchCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var query = new Argument<string>("query") { Description = "What to search for, in the search language (words, \"phrases\", prefix*, OR, -word, kind:option...)." };
        var json = new Option<bool>("--json") { Description = "Print the JSON contract: {\"query\", \"total\", \"results\": [...]}." };
        var limit = new Option<int>("--limit", "-n") { Description = "Most results to show (1-100).", DefaultValueFactory = _ => 10 };
        var kind = new Option<string?>("--kind") { Description = "Only this kind: programme, board or option." };
        var need = new Option<string?>("--need") { Description = "Only entries serving this need: intelligence, prevention or enforcement." };
        var borough = new Option<string?>("--borough") { Description = "Only entries working in this borough." };
        var crime = new Option<string?>("--crime-type") { Description = "Only entries answering this crime type." };
        var command = new Command("search", "Search the manual.") { query, json, limit, kind, need, borough, crime };
        site.AddTo(command);
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) is < 1 or > 100)
            {
                throw new UsageException("--limit must be from 1 to 100");
            }

            var (folder, build) = BuiltSite.Ensure(site.Request(parse));
            if (folder is null)
            {
                DiagnosticPrinter.WriteText(stderr, build!.Diagnostics);
                stderr.WriteLine("The site could not be built, so there is no search index; fix the errors above.");
                return KbApp.ContentErrors;
            }

            var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            void Filter(string key, Option<string?> option)
            {
                if (parse.GetValue(option) is { Length: > 0 } value)
                {
                    filters[key] = [value];
                }
            }

            Filter("kind", kind);
            Filter("need", need);
            Filter("borough", borough);
            Filter("crime_type", crime);
            using var engine = new LuceneSearchEngine(Path.Combine(folder, SearchIndexFiles.Folder));
            var response = engine.Search(new SearchRequest(parse.GetValue(query) ?? "", parse.GetValue(limit), filters));
            if (parse.GetValue(json))
            {
                stdout.WriteLine(SearchResponseJson.ToJson(response, indented: true));
            }
            else
            {
                SearchTable.Write(Consoles.For(stdout), response);
            }

            return KbApp.Success;
        });
        return command;
    }
}
