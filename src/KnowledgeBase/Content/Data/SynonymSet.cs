using System.Collections.Immutable;

namespace KnowledgeBase.Content.Data;

/// <summary>Groups of words and phrases search treats as meaning the same (gun, firearm, shooting...).</summary>
public sealed record SynonymSet(ImmutableArray<ImmutableArray<string>> Groups)
{
    public static SynonymSet Empty { get; } = new([]);
}
