using KnowledgeBase.Search;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>Where the evaluation sets live: the graded sample and the held-out set written for this engine.</summary>
internal static class Paths
{
    public static string SampleQueries => Repository.Evaluation("search-queries.yml");

    public static string HeldOutQueries => Path.Combine(AppContext.BaseDirectory, "Search", "Eval", "held-out-queries.yml");

    /// <summary>A second held-out set, written before the results' parents were boosted (ParentBoost) and never tuned on.</summary>
    public static string SecondHeldOutQueries => Path.Combine(AppContext.BaseDirectory, "Search", "Eval", "held-out-queries-2.yml");

    public static string ThirdHeldOutQueries => Path.Combine(AppContext.BaseDirectory, "Search", "Eval", "held-out-queries-3.yml");
}
