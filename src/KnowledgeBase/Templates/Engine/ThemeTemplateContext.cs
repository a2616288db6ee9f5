using System.Collections;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// The context one page renders in. It is where the theme's rules live, once: every expression's output is
/// HTML-escaped unless it is <see cref="TrustedHtml"/>; an unknown variable, function or member is an error
/// (<c>StrictVariables</c>), not an empty string; includes come from the templates parsed for the build; empty
/// strings and empty lists are false in <c>if</c>, as in Hugo and Liquid.
/// </summary>
internal sealed class ThemeTemplateContext : TemplateContext
{
    private readonly ThemeTemplates _templates;

    public ThemeTemplateContext(ThemeTemplates templates)
    {
        _templates = templates;
        TemplateLoader = templates.Loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";

        // A listing of a large manual loops over thousands of entries, and its page can pass Scriban's default 1 MB
        // output limit, beyond which Scriban cuts the page short with "..." and no error; recursion stays limited.
        LoopLimit = 0;
        LimitToString = 0;
        TryGetVariable = (TemplateContext _, SourceSpan _, ScriptVariable variable, out object? value) =>
        {
            UnknownName = variable.Name;
            value = null;
            return false;
        };
        TryGetMember = (TemplateContext _, SourceSpan _, object _, string member, out object? value) =>
        {
            UnknownName = member;
            value = null;
            return false;
        };
    }

    /// <summary>The last name the template asked for that nothing defines; names the error when rendering fails.</summary>
    public string? UnknownName { get; private set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Value);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (text is not null)
                {
                    Write(HtmlText.Encode(text));
                }

                return this;
        }
    }

    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        TrustedHtml html => html.Value,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => base.ObjectToString(value, nested),
    };

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        TrustedHtml html => html.Value.Length > 0,
        ICollection list => list.Count > 0,
        IEnumerable items and not ScriptObject => items.Cast<object?>().Any(),
        _ => base.ToBool(span, value),
    };

    // Includes were parsed once for the whole build. A partial that did not parse was reported then; each page
    // that includes it stops without a second diagnostic.
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Find(templatePath)
        ?? (_templates.IsBroken(templatePath)
            ? throw new BrokenIncludeException(callerContext?.Span ?? CurrentSpan, templatePath)
            : base.CreateTemplate(templatePath, callerContext));
}
