using System.Globalization;
using KnowledgeBase.Menu;
using Spectre.Console;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>
/// A menu answer for a terminal: how loosely typed values were read, then one panel per need, options best first,
/// each with when to use it, its evidence and status in words, why it was chosen, and whom to call. The score
/// stays in --json: a commander decides on the facts, not on a number.
/// </summary>
public static class MenuTable
{
    public static void Write(IAnsiConsole console, MenuAnswer answer)
    {
        if (answer.Message is not null && answer.Options.IsEmpty)
        {
            return;
        }

        foreach (var reading in answer.Readings)
        {
            console.MarkupLine($"[dim]{Markup.Escape(reading)}[/]");
        }

        foreach (var group in answer.Groups)
        {
            var table = new Table().Border(TableBorder.Rounded).Expand().Title($"[bold]{Markup.Escape(group.Title)}[/]")
                .AddColumn(new TableColumn("#").RightAligned())
                .AddColumn("Option, when to use it and why");
            var rank = 0;
            foreach (var option in group.Options)
            {
                rank++;
                table.AddRow(new Text(rank.ToString(CultureInfo.InvariantCulture)), new Markup(string.Join('\n', Lines(option))));
            }

            if (rank == 0)
            {
                table.AddRow(new Text(""), new Text("No option serves this need for this problem."));
            }

            console.Write(table);
        }
    }

    private static IEnumerable<string> Lines(RecommendedOption option)
    {
        yield return $"[bold]{Markup.Escape(option.Title)}[/]";
        if (option.Summary.Length > 0)
        {
            yield return Markup.Escape(option.Summary);
        }

        var facts = new List<string>();
        if (MenuWording.EvidenceName(option.Evidence) is { } evidence)
        {
            facts.Add($"Evidence: {MenuWording.EvidenceScale(option.Evidence)} {evidence}");
        }

        if (MenuWording.StatusName(option.Status) is { } status)
        {
            facts.Add($"Status: {status}");
        }

        if (facts.Count > 0)
        {
            yield return Markup.Escape(string.Join(" · ", facts));
        }

        var why = MenuWording.Why(option.Reasons, option.Status, option.Evidence);
        if (why.Length > 0)
        {
            yield return "[italic]" + Markup.Escape(why) + "[/]";
        }

        var who = option.Lead is null ? null : "Lead: " + option.Lead.Title;
        if (option.LeadContact is not null)
        {
            who = who is null ? "Contact: " + option.LeadContact : $"{who}, contact: {option.LeadContact}";
        }

        if (who is not null)
        {
            yield return Markup.Escape(who);
        }

        yield return $"[dim]{Markup.Escape(option.Url)}[/]";
    }
}
