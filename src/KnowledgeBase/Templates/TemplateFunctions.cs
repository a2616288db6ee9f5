using System.Globalization;
using KnowledgeBase.Templates.Engine;
using KnowledgeBase.Templates.Model;
using Scriban.Runtime;

namespace KnowledgeBase.Templates;

/// <summary>
/// The functions every template can call, beside Scriban's own (string., array., math., ...), each documented in
/// docs/themes.md. The set is read-only and shared by every page of a build.
/// </summary>
public sealed class TemplateFunctions
{
    private static readonly (string Name, string Method)[] Exported =
    [
        ("url", nameof(Url)),
        ("absolute_url", nameof(AbsoluteUrl)),
        ("get_entry", nameof(GetEntry)),
        ("term_name", nameof(TermName)),
        ("term_url", nameof(TermUrl)),
        ("date", nameof(Date)),
        ("pluralize", nameof(Pluralize)),
    ];

    private readonly TemplateModel _model;

    private TemplateFunctions(TemplateModel model) => _model = model;

    public static ScriptObject Create(TemplateModel model)
    {
        var target = new TemplateFunctions(model);
        var functions = new ScriptObject();
        functions.SetValue("include", new TrustedInclude(), readOnly: true);
        functions.SetValue("include_cached", new CachedInclude(), readOnly: true);
        foreach (var (name, method) in Exported)
        {
            functions.SetValue(name, DynamicCustomFunction.Create(target, typeof(TemplateFunctions).GetMethod(method)!), readOnly: true);
        }

        return functions;
    }

    /// <summary>A path of the site with its base path: <c>url "assets/site.css"</c> is /assets/site.css.</summary>
    public string Url(string path) => _model.Urls.BasePath + path.TrimStart('/');

    /// <summary>The same, absolute: https://manual.example/assets/site.css.</summary>
    public string AbsoluteUrl(string path) => _model.Permalink(Url(path));

    /// <summary>The published entry with this slug, or null.</summary>
    public EntryView? GetEntry(string slug) => _model.Entry(slug);

    /// <summary>A term's display name; the slug itself when the vocabulary has no such term.</summary>
    public string TermName(string taxonomy, string slug) => _model.Graph.Taxonomy(taxonomy).Find(slug)?.Name ?? slug;

    public string TermUrl(string taxonomy, string slug) => _model.Urls.Term(_model.Graph.Taxonomy(taxonomy), slug);

    /// <summary>A date as the manual writes it (22 November 2026), or in a .NET format.</summary>
    public string Date(object? value, string format = "d MMMM yyyy") => value switch
    {
        null => "",
        DateOnly date => date.ToString(format, CultureInfo.InvariantCulture),
        DateTime time => time.ToString(format, CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString(format, CultureInfo.InvariantCulture),
        string text when DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) => date.ToString(format, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"date expects a date, not '{value}'", nameof(value)),
    };

    /// <summary>The singular for a count of one, else the plural (the singular with an s unless given).</summary>
    public string Pluralize(int count, string singular, string? plural = null) => count == 1 ? singular : plural ?? singular + "s";
}
