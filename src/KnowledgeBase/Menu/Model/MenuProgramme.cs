using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// A programme that uses an option: named in the option's <c>used_by</c>, or naming the option in its own
/// <c>related</c>. Its boroughs count for the option's locality.
/// </summary>
public sealed record MenuProgramme(string Slug, string Title, string Url, ImmutableArray<string> Boroughs, MenuStatus Status);
