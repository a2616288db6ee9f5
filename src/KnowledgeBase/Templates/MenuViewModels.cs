using System.Globalization;
using KnowledgeBase.Menu;
using KnowledgeBase.Templates.Models;

namespace KnowledgeBase.Templates;

/// <summary>The menu pages' models, from the menu engine's answers.</summary>
public sealed partial class ViewModelFactory
{
    public IReadOnlyList<MenuGroupModel> MenuGroups(MenuAnswer answer) =>
        [.. answer.Groups.Select(g => new MenuGroupModel(g.Title, g.Need, [.. g.Options.Select(MenuOption)]))];

    public static MenuOptionModel MenuOption(RecommendedOption option) => new(
        option.Title,
        option.Url,
        option.Score.ToString("0.00", CultureInfo.InvariantCulture),
        MenuNames.Of(option.Status),
        MenuNames.Of(option.Evidence),
        option.Reasons,
        option.Lead is { } lead ? new LinkModel(lead.Title, lead.Url) : null,
        [.. option.Partners.Select(p => new LinkModel(p.Text, p.Url))],
        [.. option.Programmes.Select(p => new LinkModel(p.Title, p.Url))]);
}
