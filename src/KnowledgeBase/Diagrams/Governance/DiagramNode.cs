using System.Collections.Immutable;
using KnowledgeBase.Site;

namespace KnowledgeBase.Diagrams.Governance;

/// <summary>An entry's box in a governance diagram: where it stands and its title fitted into it.</summary>
/// <param name="Row">The row of the picture, from the top (0); a layer wider than the grid takes several rows.</param>
/// <param name="Title">The title broken into lines that fit the box; shortened with an ellipsis when too long.</param>
/// <param name="Text">The title's lines, placed.</param>
/// <param name="Kind">The kind's name in the box, above the title.</param>
/// <param name="IsFocus">True for the entry a neighbourhood is drawn around.</param>
/// <param name="IsLinked">False for an entry no line reaches (drawn apart, below the others).</param>
public sealed record DiagramNode(
    SitePage Page, int Row, int X, int Y, int Width, int Height,
    FittedText Title, ImmutableArray<DiagramText> Text, DiagramText Kind, bool IsFocus, bool IsLinked)
{
    public int Bottom => Y + Height;

    public int Right => X + Width;
}
