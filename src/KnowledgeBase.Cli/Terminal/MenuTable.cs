using System.Globalization;
using KnowledgeBase.Menu;
using Spectre.Console;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>A menu answer for a terminal: one panel per need, options best first with their reasons.</summary>
public static class MenuTable
{
    public static void Write(IAnsiConsole console, MenuAnswer answer)
    {
        if (answer.Message is not null && answer.Options.IsEmpty)
        {
            return;
        }

        foreach (var group in answer.Groups)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand().Title($"[bold]{Markup.Escape(group.Title)}[/]")
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn("Option and why")
                .AddColumn(new TableColumn("Score").RightAligned());
            var rank = 0;
            foreach (var option in group.Options)
            {
                rank++;
                var lines = new List<string> { $"[bold]{Markup.Escape(option.Title)}[/]" };
                lines.AddRange(option.Reasons.Select(r => "• " + Markup.Escape(r)));
                if (option.Lead is not null)
                {
                    lines.Add($"[dim]Lead: {Markup.Escape(option.Lead.Title)}[/]");
                }

                lines.Add($"[dim]{Markup.Escape(option.Url)}[/]");
                table.AddRow(new Text(rank.ToString(CultureInfo.InvariantCulture)), new Markup(string.Join('\n', lines)), new Text(option.Score.ToString("0.00", CultureInfo.InvariantCulture)));
            }

            if (rank == 0)
            {
                table.AddRow(new Text(""), new Text("No option serves this need for this problem."), new Text(""));
            }

            console.Write(table);
        }
    }
}
