using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// <c>include_cached "card" entry</c>: <c>include</c>, rendered once per build for each partial and key and then
/// reused, as Hugo's <c>partialCached</c>. The theme promises that the partial's output depends on the key alone (and
/// on the site): a card is the same on every listing that shows the entry, and at 10,000 entries rendering cards was
/// almost half of the template stage. Keys compare as values do in C#: one template object per entry, strings and
/// numbers by value.
/// </summary>
internal sealed class CachedInclude : IScriptCustomFunction
{
    private readonly TrustedInclude _include = new();
    private readonly ConcurrentDictionary<(string Partial, object? Key), TrustedHtml?> _rendered = new();

    public int RequiredParameterCount => 2;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(TrustedHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0
        ? new ScriptParameterInfo(typeof(string), "name")
        : new ScriptParameterInfo(typeof(object), "key");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = (context.ObjectToString(arguments[0]) ?? string.Empty, arguments[1]);
        if (_rendered.TryGetValue(key, out var html))
        {
            return html;
        }

        // Two pages rendering the same card at once both render it: the same text either way.
        html = _include.Invoke(context, callerContext, [arguments[0]], blockStatement) as TrustedHtml;
        _rendered.TryAdd(key, html);
        return html;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
