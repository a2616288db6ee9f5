using KnowledgeBase.Content;

namespace KnowledgeBase.Templates.Model;

/// <summary>
/// An entry's evidence of effect: the level's name and id (evaluated, reported-success, ...), the sources' claim
/// (empty on a menu result, which carries none), and the level's step on the scale the pages draw: 1 (untested) to
/// <see cref="Steps"/> (evaluated).
/// </summary>
public sealed record EvidenceView(string Level, string LevelId, string Note, int Step)
{
    /// <summary>How many steps the scale has.</summary>
    public int Steps => Enums.EvidenceSteps;
}
