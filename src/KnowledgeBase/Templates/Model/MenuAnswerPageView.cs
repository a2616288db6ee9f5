namespace KnowledgeBase.Templates.Model;

/// <summary>A static menu page: the options for one need or one crime type, grouped by need, with the reasons.</summary>
public sealed class MenuAnswerPageView : PageView
{
    public required IReadOnlyList<MenuGroupView> Groups { get; init; }

    /// <summary>The page of the term the answer is for, which lists every entry that carries it.</summary>
    public required LinkView All { get; init; }

    public required MenuBrowseView Browse { get; init; }
}
