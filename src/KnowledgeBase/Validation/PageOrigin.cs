using KnowledgeBase.Markdown;

namespace KnowledgeBase.Validation;

/// <summary>
/// Where a built page came from: the content file whose body it shows (if any) with that body's links, and the
/// theme templates it was laid out with, its own layout first.
/// </summary>
public sealed record PageOrigin(string? ContentFile, IReadOnlyList<ContentLink> ContentLinks, IReadOnlyList<string> Templates);
