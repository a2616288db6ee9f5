namespace KnowledgeBase.Templates.Model;

/// <summary>
/// The options recommended for one need: the best-fitting first, at most a page's worth of them, out of
/// <paramref name="Total"/>.
/// </summary>
public sealed record MenuGroupView(string Title, string Need, IReadOnlyList<RecommendationView> Options, int Total);
