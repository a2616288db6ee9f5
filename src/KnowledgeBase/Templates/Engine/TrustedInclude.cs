using System.Collections.Immutable;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// Scriban's <c>include</c>, whose result is marked as HTML: a partial escapes its own values, so its output
/// must not be escaped a second time by the page that includes it.
/// </summary>
internal sealed class TrustedInclude : IScriptCustomFunction
{
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var theme = context as ThemeTemplateContext;
        theme?.BeginPartial();
        object? html;
        ImmutableArray<Output.HtmlFragment> inner;
        try
        {
            html = _include.Invoke(context, callerContext, arguments, blockStatement);
        }
        finally
        {
            inner = theme?.EndPartial() ?? [];
        }

        return html is string text ? new TrustedHtml(text) { Fragments = inner, IsPartial = true } : null;
    }

    // The theme renders synchronously; an asynchronous call renders the same way.
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
