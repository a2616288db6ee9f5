using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeBase.Menu;

/// <summary>
/// Writes an answer as the brief's <c>kb menu --json</c> contract:
/// <c>{"profile": {...}, "options": [{"slug", "title", "needs", "score", "reasons", ...}]}</c>, the contract's
/// fields first in each option, then url, group, status, evidence, lead, partners, programmes and inferred (the fields the editors inferred); then the
/// groups (need and option slugs), how loosely typed values were read, and the message (null when the profile was fine).
/// </summary>
public static class MenuJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The answer goes to a terminal or an API client, never inline in HTML, so apostrophes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(MenuAnswer answer)
    {
        using var stream = new MemoryStream();
        Write(answer, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(MenuAnswer answer, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(answer);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WritePropertyName("profile");
        WriteProfile(json, answer.Profile);
        json.WriteStartArray("options");
        foreach (var option in answer.Options)
        {
            WriteOption(json, option);
        }

        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var group in answer.Groups)
        {
            json.WriteStartObject();
            json.WriteString("need", group.Need);
            json.WriteString("title", group.Title);
            json.WriteStartArray("options");
            foreach (var option in group.Options)
            {
                WriteOption(json, option);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "readings", answer.Readings);
        json.WriteString("message", answer.Message);
        json.WriteEndObject();
    }

    private static void WriteProfile(Utf8JsonWriter json, MenuProfile profile)
    {
        json.WriteStartObject();
        foreach (var facet in MenuFacets.All)
        {
            WriteStrings(json, facet, profile.TermsOf(facet));
        }

        json.WriteString("text", profile.Text);
        json.WriteEndObject();
    }

    private static void WriteOption(Utf8JsonWriter json, RecommendedOption option)
    {
        json.WriteStartObject();
        json.WriteString("slug", option.Slug);
        json.WriteString("title", option.Title);
        WriteStrings(json, "needs", option.Needs);
        json.WriteNumber("score", option.Score);
        WriteStrings(json, "reasons", option.Reasons);
        json.WriteString("url", option.Url);
        json.WriteString("summary", option.Summary);
        json.WriteString("group", option.Group);
        json.WriteString("status", MenuNames.Of(option.Status));
        json.WriteString("evidence", MenuNames.Of(option.Evidence));
        json.WritePropertyName("lead");
        if (option.Lead is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("slug", option.Lead.Slug);
            json.WriteString("title", option.Lead.Title);
            json.WriteString("url", option.Lead.Url);
            json.WriteEndObject();
        }

        json.WriteString("lead_contact", option.LeadContact);
        json.WriteStartArray("partners");
        foreach (var partner in option.Partners)
        {
            json.WriteStartObject();
            json.WriteString("text", partner.Text);
            json.WriteString("url", partner.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("programmes");
        foreach (var programme in option.Programmes)
        {
            json.WriteStartObject();
            json.WriteString("slug", programme.Slug);
            json.WriteString("title", programme.Title);
            json.WriteString("url", programme.Url);
            WriteStrings(json, "boroughs", programme.Boroughs);
            json.WriteString("status", MenuNames.Of(programme.Status));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "inferred", option.Inferred);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
