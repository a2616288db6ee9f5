using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>A profile with every value turned into a slug, or the problems that stopped it, all reported together.</summary>
public sealed record MenuProfileParseResult(MenuProfile Profile, ImmutableArray<string> Problems)
{
    /// <summary>How each value that was not a slug or display name was read ("'communities' read as Local communities").</summary>
    public ImmutableArray<string> Readings { get; init; } = [];

    public bool IsValid => Problems.IsEmpty;

    /// <summary>The problems as one message for the commander, or null when there were none.</summary>
    public string? Message => Problems.IsEmpty ? null : string.Join("\n", Problems);
}
