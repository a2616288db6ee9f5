namespace KnowledgeBase.Templates.Model;

/// <summary>A static menu page: the options for one need or one crime type, grouped by need, with the reasons.</summary>
public sealed class MenuAnswerPageView : PageView
{
    public required IReadOnlyList<MenuGroupView> Groups { get; init; }

    public required MenuBrowseView Browse { get; init; }
}
