using System.Text.Json;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Prints the links to other sites <c>kb check --external</c> lists: where each is written, then the URL.</summary>
public static class ExternalLinkPrinter
{
    public static void WriteText(TextWriter writer, IReadOnlyCollection<ExternalLink> links)
    {
        foreach (var link in links)
        {
            writer.WriteLine(link.ToString());
        }

        writer.WriteLine($"{links.Count} external link(s), not fetched.");
    }

    public static void WriteJson(Utf8JsonWriter json, IEnumerable<ExternalLink> links)
    {
        json.WriteStartArray("external");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("url", link.Url);
            json.WriteString("file", link.At.File);
            json.WriteNumber("line", link.At.Line);
            json.WriteNumber("column", link.At.Column);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
