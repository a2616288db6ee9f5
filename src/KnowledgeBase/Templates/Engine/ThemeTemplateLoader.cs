using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// Resolves <c>include "name"</c> over the theme overlay (<see cref="ThemeSource"/>): a bare name is a partial,
/// <c>partials/{name}.sbnhtml</c>; a name with a folder is a path in the theme. The path it returns is the
/// theme-relative path, which is also the key the parsed templates are kept under.
/// </summary>
public sealed class ThemeTemplateLoader(ThemeSource theme) : ITemplateLoader
{
    public const string Extension = ".sbnhtml";

    public static string PathOf(string templateName) =>
        templateName.Contains('/', StringComparison.Ordinal) ? templateName + Extension : $"partials/{templateName}{Extension}";

    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = PathOf(templateName);
        if (path.Contains("..", StringComparison.Ordinal) || !theme.Has(path))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"the theme has no '{path}' to include; add it to themes/{theme.ThemeName}/ or include a partial that exists");
        }

        return path;
    }

    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => theme.ReadText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
