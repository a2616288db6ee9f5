using System.Collections.Frozen;
using KnowledgeBase.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// Every layout and partial of the theme, parsed once per build. A syntax error is a diagnostic at its file, line
/// and column; a template that does not parse is left out, so pages that need it are not written.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly FrozenDictionary<string, Template> _parsed;
    private readonly FrozenSet<string> _broken;
    private readonly HashSet<string> _reportedMissing = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly DiagnosticBag _diagnostics;

    public ThemeTemplates(ThemeSource theme, DiagnosticBag diagnostics)
    {
        Theme = theme;
        _diagnostics = diagnostics;
        Loader = new ThemeTemplateLoader(theme);
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in theme.List("layouts/").Concat(theme.List("partials/")))
        {
            if (!path.EndsWith(ThemeTemplateLoader.Extension, StringComparison.Ordinal))
            {
                // A template in another language (an old theme's override) would be ignored without a word.
                diagnostics.Warning(SourceLocation.WholeFile(theme.DisplayPath(path)), DiagnosticCodes.TemplateNotRead,
                    $"the theme reads only Scriban templates ({ThemeTemplateLoader.Extension}), so this file is ignored; rewrite it as {Path.ChangeExtension(path, ThemeTemplateLoader.Extension)} (docs/themes.md) or delete it");
                continue;
            }

            var template = Template.Parse(theme.ReadText(path)!, theme.DisplayPath(path));
            if (template.HasErrors)
            {
                broken.Add(path);
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Error(TemplateDiagnostics.At(message.Span), DiagnosticCodes.TemplateSyntax,
                        $"the template does not parse: {message.Message}; fix the {{{{ }}}} block (every if, for and capture needs its end)");
                }
            }
            else
            {
                parsed[path] = template;
            }
        }

        _parsed = parsed.ToFrozenDictionary(StringComparer.Ordinal);
        _broken = broken.ToFrozenSet(StringComparer.Ordinal);
    }

    public ThemeSource Theme { get; }

    public ThemeTemplateLoader Loader { get; }

    /// <summary>The parsed template at a theme-relative path, or null when it is missing or did not parse.</summary>
    public Template? Find(string path) => _parsed.GetValueOrDefault(path);

    /// <summary>True for a template whose syntax errors were reported when the build parsed it.</summary>
    public bool IsBroken(string path) => _broken.Contains(path);

    /// <summary>The theme path of a layout, <c>layouts/{name}.sbnhtml</c>, as diagnostics and the link check name it.</summary>
    public static string LayoutPath(string name) => $"layouts/{name}{ThemeTemplateLoader.Extension}";

    /// <summary><c>layouts/{name}.sbnhtml</c>; null when missing (reported once) or broken (reported when parsed).</summary>
    public Template? Layout(string name)
    {
        var path = LayoutPath(name);
        if (_parsed.TryGetValue(path, out var template))
        {
            return template;
        }

        if (!Theme.Has(path))
        {
            lock (_gate)
            {
                if (_reportedMissing.Add(path))
                {
                    _diagnostics.Error(SourceLocation.WholeFile(Theme.DisplayPath(path)), DiagnosticCodes.TemplateMissing,
                        $"the theme has no '{path}'; add it, or remove the theme folder's override so the default is used");
                }
            }
        }

        return null;
    }
}
