using KnowledgeBase.Content;
using KnowledgeBase.Diagrams;
using KnowledgeBase.Diagrams.Governance;

namespace KnowledgeBase.Templates.Model;

/// <summary>An entry's box: a link to the entry, its place and size, the kind and title lines placed in it.</summary>
public sealed class GovernanceNodeView(DiagramNode node, TemplateModel model)
{
    public EntryView Entry => model.Entry(node.Page);

    public string Url => node.Page.Url;

    /// <summary>The full title (the box may show it shortened): the tooltip.</summary>
    public string Title => node.Page.Title;

    /// <summary>
    /// The link's accessible name: the kind and the full title, "Programme: Trident (SCD8)", in the order the box
    /// shows them, so the words a reader sees (perhaps shortened) are the start of what a screen reader says.
    /// </summary>
    public string Label => $"{EntryKinds.Singular(node.Page.Entry.Kind)}: {node.Page.Title}";

    /// <summary><c>board</c>, <c>programme</c> or <c>option</c>: the box's style.</summary>
    public string KindId => EntryKinds.Id(node.Page.Entry.Kind);

    public int X => node.X;

    public int Y => node.Y;

    public int Width => node.Width;

    public int Height => node.Height;

    /// <summary>The kind's name over the title (<c>text</c>, <c>x</c>, <c>y</c>; centred).</summary>
    public DiagramText Kind => node.Kind;

    /// <summary>The title's lines (<c>text</c>, <c>x</c>, <c>y</c>; centred), the last ending in … when shortened.</summary>
    public IReadOnlyList<DiagramText> Lines => node.Text;

    /// <summary>True when the title was shortened to fit.</summary>
    public bool Truncated => node.Title.Truncated;

    /// <summary>True for the entry the page is about.</summary>
    public bool IsFocus => node.IsFocus;
}
