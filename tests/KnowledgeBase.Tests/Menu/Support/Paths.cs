using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>Where the menu's evaluation sets and browser engine are found.</summary>
internal static class Paths
{
    public static string SampleScenarios => Repository.Evaluation("menu-scenarios.yml");

    /// <summary>Held out from tuning, with values typed as commanders type them ("Croydon", "stabbings", "communities").</summary>
    public static string CommanderScenarios => Repository.Evaluation("menu-commander-scenarios.yml");

    public static string HeldOutScenarios => Path.Combine(AppContext.BaseDirectory, "Menu", "Eval", "heldout-scenarios.yml");

    public static string MenuJs => Path.Combine(AppContext.BaseDirectory, "Menu", "menu.js");

    public static string NodeHarness => Path.Combine(AppContext.BaseDirectory, "Menu", "Browser", "harness.js");
}
