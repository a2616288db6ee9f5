namespace KnowledgeBase.Menu;

/// <summary>
/// How well each option's text answers the commander's free text, so the engine does not depend on the search
/// engine: the site wires its search index in here.
/// </summary>
public interface ITextRelevance
{
    /// <summary>Option slug to relevance in 0..1 (1 for the best match); options not named score 0.</summary>
    IReadOnlyDictionary<string, double> Score(string text);
}
