using KnowledgeBase.Menu;
namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>A commander's scenario with graded options (3 must be offered, 2 clearly fits, 1 partly fits).</summary>
internal sealed record Scenario(string Id, MenuProfile Profile, IReadOnlyDictionary<string, int> Relevant)
{
    public override string ToString() => Id;
}
