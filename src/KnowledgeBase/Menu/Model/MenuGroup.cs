using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>The best options for one need, so several needs are answered side by side.</summary>
public sealed record MenuGroup(string Need, string Title, ImmutableArray<RecommendedOption> Options);
