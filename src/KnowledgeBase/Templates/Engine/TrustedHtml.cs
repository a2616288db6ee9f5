using System.Collections.Immutable;
using KnowledgeBase.Output;

namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// HTML the build made itself (a rendered body, an included partial, a layout's output). Templates write it as it
/// is; every other value is escaped. Joining it to a plain string in a template makes an ordinary string again,
/// so the result is escaped: trust is never gained by accident.
/// </summary>
/// <param name="Value">The HTML.</param>
public sealed record TrustedHtml(string Value)
{
    public static TrustedHtml Empty { get; } = new("");

    /// <summary>The partials' output inside <see cref="Value"/>, in order.</summary>
    public ImmutableArray<HtmlFragment> Fragments { get; init; } = [];

    /// <summary>True for a partial's output: the whole of it is a fragment of the page it is written into.</summary>
    public bool IsPartial { get; init; }

    public override string ToString() => Value;
}
