using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>The menu's answer to a profile.</summary>
/// <param name="Profile">The profile as understood: names and aliases turned into slugs.</param>
/// <param name="Groups">One group per requested need, or per need when none was asked for.</param>
/// <param name="Options">The flat list, best first, the groups interleaved so no need crowds out another.</param>
/// <param name="Message">What was wrong with the profile (no options then), or null.</param>
public sealed record MenuAnswer(
    MenuProfile Profile,
    ImmutableArray<MenuGroup> Groups,
    ImmutableArray<RecommendedOption> Options,
    string? Message)
{
    /// <summary>How each value typed loosely was read ("'communities' read as Local communities"), in field order.</summary>
    public ImmutableArray<string> Readings { get; init; } = [];

    public static MenuAnswer Problem(MenuProfile profile, string message) => new(profile, [], [], message);
}
