using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using KnowledgeBase.Output;

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

    // The partials' output written at each output level still open, innermost on top: the page's own (level 1), then
    // each include being rendered. Scriban renders an include into an output of its own, one level down.
    private readonly Stack<(int Level, List<HtmlFragment> Written)> _fragments = new();
    private readonly List<HtmlFragment> _pageFragments = [];

    public ThemeTemplateContext(ThemeTemplates templates)
    {
        _templates = templates;
        _fragments.Push((1, _pageFragments));
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

    /// <summary>Where the partials' output sits in the page rendered so far.</summary>
    public ImmutableArray<HtmlFragment> PageFragments => [.. _pageFragments];

    /// <summary>An include starts: what it writes is placed in its own output.</summary>
    internal void BeginPartial() => _fragments.Push((OutputCount + 1, []));

    /// <summary>An include ended: the partials it included itself, placed in its output.</summary>
    internal ImmutableArray<HtmlFragment> EndPartial() => [.. _fragments.Pop().Written];

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                WriteTrusted(html);
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

    /// <summary>Writes HTML as it is, and notes where the partials' output in it lands.</summary>
    private void WriteTrusted(TrustedHtml html)
    {
        var builder = (Output as StringBuilderOutput)?.Builder;
        var start = builder?.Length ?? 0;
        Write(html.Value);
        var (level, written) = _fragments.Peek();
        if (builder is null || level != OutputCount)
        {
            return;
        }

        // An include on an indented line comes out indented (Scriban's auto-indent): the same text wherever that
        // line is rendered, but the partials inside it no longer sit where they did.
        var length = builder.Length - start;
        var exact = length == html.Value.Length;

        // A partial is read apart from its page only when it starts with a tag: written inside an attribute or a
        // script, its text would not mean the same on its own.
        if (html.IsPartial && html.Value.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal))
        {
            written.Add(new HtmlFragment(start, length, exact ? html.Fragments : []));
        }
        else if (exact)
        {
            written.AddRange(html.Fragments.Select(f => f with { Start = f.Start + start }));
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
