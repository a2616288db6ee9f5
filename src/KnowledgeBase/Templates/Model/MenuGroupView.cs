namespace KnowledgeBase.Templates.Model;

/// <summary>The options recommended for one need.</summary>
public sealed record MenuGroupView(string Title, string Need, IReadOnlyList<RecommendationView> Options);
