using KnowledgeBase.Content;
using KnowledgeBase.Diagrams;
using KnowledgeBase.Diagrams.Timeline;

namespace KnowledgeBase.Templates.Model;

/// <summary>A row of the timeline: a link to the entry, its title and dates placed, and its bar.</summary>
public sealed class TimelineItemView(TimelineItem item, TemplateModel model)
{
    public EntryView Entry => model.Entry(item.Dated.Page);

    public string Url => item.Dated.Page.Url;

    /// <summary>The full title: the tooltip.</summary>
    public string Title => item.Dated.Page.Title;

    /// <summary>The link's accessible name: title, kind and dates, "Operation Blunt, programme, started July 2004".</summary>
    public string Label => string.Join(", ", TimelineLayout.DateWords(item.Dated)
        .Prepend(EntryKinds.Singular(item.Dated.Page.Entry.Kind).ToLowerInvariant())
        .Prepend(item.Dated.Page.Title));

    public string KindId => EntryKinds.Id(item.Dated.Page.Entry.Kind);

    /// <summary>The row's top and height: the link's area.</summary>
    public int Top => item.Top;

    public int Height => item.Height;

    /// <summary>The title's lines (<c>text</c>, <c>x</c>, <c>y</c>; starting at x).</summary>
    public IReadOnlyList<DiagramText> Lines => item.Title;

    /// <summary>The kind and dates in words (<c>text</c>, <c>x</c>, <c>y</c>).</summary>
    public DiagramText Detail => item.Detail;

    public int BarX => item.BarX;

    public int BarY => item.BarY;

    public int BarWidth => item.BarWidth;

    public int BarHeight => item.BarHeight;
}
