using KnowledgeBase.Diagnostics;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// Renders layouts with the theme's parsed templates and the template functions. Thread-safe: each render has
/// its own context over shared, read-only templates and functions. A template that fails is a diagnostic at its
/// file, line and column, and the page is not written.
/// </summary>
public sealed class TemplateEngine(ThemeTemplates templates, ScriptObject functions, DiagnosticBag diagnostics)
{
    /// <summary>
    /// Renders <c>layouts/{name}.sbnhtml</c> with the given variables, noting where its partials' output sits; null
    /// when it cannot (already reported).
    /// </summary>
    public TrustedHtml? Render(string layout, IReadOnlyDictionary<string, object?> variables)
    {
        var template = templates.Layout(layout);
        if (template is null)
        {
            return null;
        }

        var context = new ThemeTemplateContext(templates);
        context.PushGlobal(functions);
        var page = new ScriptObject();
        foreach (var (name, value) in variables)
        {
            page.SetValue(name, value, readOnly: true);
        }

        context.PushGlobal(page);

        // The page's own assignments go to a scope of their own, never into the shared variables above.
        context.PushGlobal(new ScriptObject());
        try
        {
            return new TrustedHtml(template.Render(context)) { Fragments = context.PageFragments };
        }
        catch (ScriptRuntimeException ex)
        {
            if (!IsBrokenInclude(ex))
            {
                Report(ex, context.UnknownName);
            }

            return null;
        }
    }

    private static bool IsBrokenInclude(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is BrokenIncludeException)
            {
                return true;
            }
        }

        return false;
    }

    private void Report(ScriptRuntimeException ex, string? unknownName)
    {
        var at = TemplateDiagnostics.At(ex.Span);
        if (unknownName is not null && ex.OriginalMessage.Contains(unknownName, StringComparison.Ordinal))
        {
            diagnostics.Error(at, DiagnosticCodes.TemplateUnknownName,
                $"the template uses '{unknownName}', which is not a variable, function or member of the object model; check its spelling against docs/themes.md");
        }
        else
        {
            diagnostics.Error(at, DiagnosticCodes.TemplateRuntime,
                $"the template failed while rendering: {ex.OriginalMessage.ReplaceLineEndings(" ")}; fix the expression at this line");
        }
    }
}
