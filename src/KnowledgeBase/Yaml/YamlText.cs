using KnowledgeBase.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Yaml;

/// <summary>
/// Parses YAML into a node tree that keeps line numbers, so every later check can point at the line and
/// column of the field it is about. A syntax error becomes a diagnostic, never an exception.
/// </summary>
public static class YamlText
{
    /// <param name="lineOffset">Lines before the YAML in its file (front matter starts after the opening ---).</param>
    public static YamlNode? Parse(string text, string file, int lineOffset, DiagnosticBag diagnostics, string code)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line + lineOffset;
            var reason = (ex.InnerException?.Message ?? ex.Message).Replace("\r", "", StringComparison.Ordinal).Split('\n')[0];
            diagnostics.Error(new SourceLocation(file, Math.Max(line, 1), (int)ex.Start.Column), code,
                $"the YAML cannot be read: {TrimLocation(reason)}; check indentation, colons and quotes on this line");
            return null;
        }
    }

    // YamlDotNet prefixes messages with its own "(Line: x, Col: y ...)": our diagnostic already says where.
    private static string TrimLocation(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
