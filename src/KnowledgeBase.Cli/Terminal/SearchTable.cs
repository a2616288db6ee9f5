using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeBase.Search;
using Spectre.Console;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Search results as a readable terminal table, matched words in bold.</summary>
public static partial class SearchTable
{
    public static void Write(IAnsiConsole console, SearchResponse response)
    {
        if (response.Message is not null)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(response.Message)}[/]");
        }

        if (response.Results.Count == 0)
        {
            console.WriteLine($"No entries match \"{response.Query}\".");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand()
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Entry")
            .AddColumn("Kind")
            .AddColumn(new TableColumn("Score").RightAligned());
        var rank = 0;
        foreach (var hit in response.Results)
        {
            rank++;
            var entry = new Markup($"[bold]{Markup.Escape(hit.Title)}[/]\n{Snippet(hit.Snippet)}\n[dim]{Markup.Escape(hit.Url)}[/]");
            table.AddRow(new Text(rank.ToString(CultureInfo.InvariantCulture)), entry, new Text(hit.Kind), new Text(hit.Score.ToString("0.00", CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        console.WriteLine($"{response.Results.Count} of {response.Total} matching entries.");
    }

    /// <summary>The engine's snippet is HTML (escaped text, &lt;mark&gt; around matches): turn it into terminal markup.</summary>
    private static string Snippet(string html)
    {
        var parts = MarkTag().Split(html);
        var text = string.Concat(parts.Select((part, i) =>
        {
            var plain = Markup.Escape(System.Net.WebUtility.HtmlDecode(part));
            return i % 2 == 1 ? $"[bold yellow]{plain}[/]" : plain;
        }));
        return text;
    }

    [GeneratedRegex("<mark>(.*?)</mark>")]
    private static partial Regex MarkTag();
}
