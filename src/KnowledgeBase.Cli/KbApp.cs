using System.CommandLine;
using KnowledgeBase.Cli.Commands;

namespace KnowledgeBase.Cli;

/// <summary>
/// The <c>kb</c> command line. Commands are thin: each parses its options, merges them over the site's
/// configuration, calls one library entry point and prints. Exit codes: 0 success, 1 content errors, 2 bad usage.
/// </summary>
public static class KbApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("kb: build, check and query the Gangs Manual.")
        {
            BuildCommand.Create(stdout, stderr),
            CheckCommand.Create(stdout, stderr),
            ServeCommand.Create(stdout, stderr),
            SearchCommand.Create(stdout, stderr),
            MenuCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"kb: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'kb --help' for usage.");
            return BadUsage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"kb: {ex.Message}");
            return BadUsage;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in kb, not in the content: still one line an editor can pass on, never a stack trace, and the
            // previous site is untouched (the writer publishes nothing it did not finish).
            await stderr.WriteLineAsync($"kb: error {Diagnostics.DiagnosticCodes.BuildFailed}: kb stopped unexpectedly ({ex.GetType().Name}: {ex.Message}); nothing was published. This is a bug in kb: please report it with the command and the last edit");
            return ContentErrors;
        }
    }
}
