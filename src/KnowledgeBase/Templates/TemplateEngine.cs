using HandlebarsDotNet;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Templates;

/// <summary>
/// Compiles the theme's Handlebars templates once into delegates: every partial under <c>partials/</c>, and
/// layouts on first use. Rendering is thread-safe. A missing or broken template is a diagnostic naming the file.
/// </summary>
public sealed class TemplateEngine
{
    private readonly IHandlebars _handlebars;
    private readonly ThemeSource _theme;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>?> _layouts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly DiagnosticBag _diagnostics;

    public TemplateEngine(ThemeSource theme, DiagnosticBag diagnostics)
    {
        _theme = theme;
        _diagnostics = diagnostics;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        foreach (var path in theme.List("partials/").Where(p => p.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            try
            {
                _handlebars.RegisterTemplate(name, theme.ReadText(path)!);
            }
            catch (HandlebarsException ex)
            {
                Report(path, ex);
            }
        }
    }

    /// <summary>The theme path of a layout, as the link check names it.</summary>
    public static string LayoutPath(string name) => $"layouts/{name}.hbs";

    /// <summary>Renders <c>layouts/{name}.hbs</c> with a view model; null when the template is missing or broken (already reported).</summary>
    public string? Render(string name, object model)
    {
        var template = Layout(name);
        if (template is null)
        {
            return null;
        }

        try
        {
            return template(model);
        }
        catch (HandlebarsException ex)
        {
            Report($"layouts/{name}.hbs", ex);
            return null;
        }
    }

    private HandlebarsTemplate<object, object>? Layout(string name)
    {
        lock (_gate)
        {
            if (_layouts.TryGetValue(name, out var compiled))
            {
                return compiled;
            }

            var path = $"layouts/{name}.hbs";
            var text = _theme.ReadText(path);
            if (text is null)
            {
                _diagnostics.Error(SourceLocation.WholeFile($"themes/{_theme.ThemeName}/{path}"), DiagnosticCodes.TemplateMissing,
                    $"the theme has no '{path}'; add it, or remove the theme folder's override so the default is used");
            }
            else
            {
                try
                {
                    compiled = _handlebars.Compile(text);
                }
                catch (HandlebarsException ex)
                {
                    Report(path, ex);
                }
            }

            _layouts[name] = compiled;
            return compiled;
        }
    }

    private void Report(string path, HandlebarsException ex) =>
        _diagnostics.Error(SourceLocation.WholeFile($"themes/{_theme.ThemeName}/{path}"), DiagnosticCodes.TemplateError,
            $"the template cannot be compiled: {ex.Message.ReplaceLineEndings(" ")}");
}
