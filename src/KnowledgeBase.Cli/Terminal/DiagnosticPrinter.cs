using System.Text;
using System.Text.Json;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Prints diagnostics as a compiler does (one per line, file(line,col): ...) or as JSON for tools.</summary>
public static class DiagnosticPrinter
{
    public static void WriteText(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>
    /// {"diagnostics": [{"file", "line", "column", "severity", "code", "message"}]}, as the brief's contract states; with
    /// <paramref name="external"/>, also "external": [{"url", "file", "line", "column"}].
    /// </summary>
    public static void WriteJson(TextWriter writer, IEnumerable<Diagnostic> diagnostics, IEnumerable<ExternalLink>? external = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (external is not null)
            {
                ExternalLinkPrinter.WriteJson(json, external);
            }

            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
