using System.Globalization;
using KnowledgeBase.Building;
using Spectre.Console;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>The table a build ends with: entries by kind, pages written, warnings, errors, time.</summary>
public static class BuildSummary
{
    public static void Write(IAnsiConsole console, BuildResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Build").AddColumn(new TableColumn("").RightAligned());
        foreach (var (kind, count) in result.EntriesByKind)
        {
            table.AddRow($"{kind} entries", count.ToString(CultureInfo.InvariantCulture));
        }

        table.AddRow("withheld (draft or above classification)", result.Withheld.ToString(CultureInfo.InvariantCulture));
        table.AddRow("pages written", result.PagesWritten.ToString(CultureInfo.InvariantCulture));
        table.AddRow("files written", result.FilesWritten.ToString(CultureInfo.InvariantCulture));
        table.AddRow("warnings", result.Warnings.ToString(CultureInfo.InvariantCulture));
        table.AddRow("errors", result.Errors.ToString(CultureInfo.InvariantCulture));
        table.AddRow("time", $"{result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        console.Write(table);
        console.WriteLine(result.OutputFolder is null
            ? "Nothing was published; the previous site is unchanged."
            : $"Site written to {result.OutputFolder}");
    }
}
