using KnowledgeBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Yaml;

/// <summary>
/// Parses YAML into a node tree that keeps line numbers, so every later check can point at the line and
/// column of the field it is about. Any failure of the parser becomes a diagnostic, never an exception.
/// </summary>
public static class YamlText
{
    // Front matter and data files are a few levels deep; the node loader recurses, so an absurd depth is refused first.
    private const int MaxDepth = 64;

    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after the opening ---).</param>
    public static YamlNode? Parse(string text, string file, int lineOffset, DiagnosticBag diagnostics, string code)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            if (TooDeep(parser) is { } deep)
            {
                diagnostics.Error(Locate(file, lineOffset, deep), code,
                    $"the YAML is nested more than {MaxDepth} levels deep; front matter fields are values, lists or one level of fields");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).Replace("\r", "", StringComparison.Ordinal).Split('\n')[0];
            Report(diagnostics, Locate(file, lineOffset, ex.Start), code, TrimLocation(reason));
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Some malformed input (e.g. "title: [unclosed") escapes YamlDotNet as a plain exception: it carries no
            // position of its own, so report the last event the parser read, which is where it went wrong.
            // Its message ("Operation is not valid due to the current state of the object") would not help an editor.
            Report(diagnostics, Locate(file, lineOffset, parser.Current?.End ?? Mark.Empty), code,
                "the parser stopped near here, most often at a '[' or '{' that is not closed, or a quote that is not ended");
            return null;
        }
    }

    private static Mark? TooDeep(Parser parser)
    {
        var depth = 0;
        while (parser.MoveNext())
        {
            depth += parser.Current switch
            {
                SequenceStart or MappingStart => 1,
                SequenceEnd or MappingEnd => -1,
                _ => 0,
            };
            if (depth > MaxDepth)
            {
                return parser.Current!.Start;
            }
        }

        return null;
    }

    private static void Report(DiagnosticBag diagnostics, SourceLocation at, string code, string reason) =>
        diagnostics.Error(at, code, $"the YAML cannot be read: {reason}; check indentation, colons, brackets and quotes on this line");

    private static SourceLocation Locate(string file, int lineOffset, Mark mark) =>
        new(file, Math.Max((int)mark.Line + lineOffset, 1), (int)mark.Column);

    // YamlDotNet prefixes messages with its own "(Line: x, Col: y ...)": our diagnostic already says where.
    private static string TrimLocation(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
