using Spectre.Console;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Spectre consoles bound to the command's own writer, so tests can capture what a command prints.</summary>
public static class Consoles
{
    public static IAnsiConsole For(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Interactive = IsInteractive(writer) ? InteractionSupport.Yes : InteractionSupport.No,
        Ansi = IsInteractive(writer) ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsInteractive(writer) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
    });

    /// <summary>True only for the real console attached to a terminal; redirected output gets plain lines.</summary>
    public static bool IsInteractive(TextWriter writer) =>
        ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
