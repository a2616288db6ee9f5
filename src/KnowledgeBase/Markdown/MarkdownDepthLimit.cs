using KnowledgeBase.Diagnostics;
using Markdig;

namespace KnowledgeBase.Markdown;

/// <summary>
/// Markdig refuses Markdown nested past its depth limit (a line of 128 '&gt;', a list hundreds of levels deep) with an
/// exception that does not say where. This finds the first line at which the body becomes too deep, by parsing ever
/// shorter prefixes of it (only on failure, a handful of parses), and reports it there.
/// </summary>
internal static class MarkdownDepthLimit
{
    public static bool IsDepthLimit(Exception ex) =>
        ex is InsufficientExecutionStackException
        || (ex is ArgumentException or InvalidOperationException && ex.Message.Contains("too deeply nested", StringComparison.Ordinal));

    public static void Report(string markdown, MarkdownContext context, MarkdownPipeline pipeline)
    {
        var lines = markdown.Split('\n');
        int good = 0, bad = lines.Length;
        while (bad - good > 1)
        {
            var middle = (good + bad) / 2;
            if (Parses(string.Join('\n', lines[..middle]), pipeline))
            {
                good = middle;
            }
            else
            {
                bad = middle;
            }
        }

        context.Diagnostics.Error(new SourceLocation(context.File, context.FirstLine + bad - 1, 1), DiagnosticCodes.MarkdownTooDeep,
            "the Markdown is nested too deeply here (block quotes, lists or emphasis inside each other) for it to be rendered; flatten it to a few levels");
    }

    private static bool Parses(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            Markdig.Markdown.ToHtml(markdown, pipeline);
            return true;
        }
        catch (Exception ex) when (IsDepthLimit(ex))
        {
            return false;
        }
    }
}
