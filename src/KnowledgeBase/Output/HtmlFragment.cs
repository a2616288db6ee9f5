using System.Collections.Immutable;

namespace KnowledgeBase.Output;

/// <summary>
/// Where a partial's output sits in a page: <see cref="Length"/> characters from <see cref="Start"/>, holding the
/// partials it included itself (placed from its own start). A card or an evidence scale is the same text on every page
/// that shows it, so the link check reads each such text once per build.
/// </summary>
public readonly record struct HtmlFragment(int Start, int Length, ImmutableArray<HtmlFragment> Inner)
{
    public int End => Start + Length;
}
