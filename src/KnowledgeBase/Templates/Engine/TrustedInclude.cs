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

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _include.Invoke(context, callerContext, arguments, blockStatement) is string html ? new TrustedHtml(html) : null;

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        await _include.InvokeAsync(context, callerContext, arguments, blockStatement).ConfigureAwait(false) is string html ? new TrustedHtml(html) : null;
}
