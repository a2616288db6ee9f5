namespace KnowledgeBase.Menu;

/// <summary>Answers a commander's profile with the options that fit, best first, each with its reasons.</summary>
public interface IMenuEngine
{
    /// <param name="limit">How many options the flat list and each group hold; at least 1.</param>
    MenuAnswer Recommend(MenuProfile profile, int limit);
}
