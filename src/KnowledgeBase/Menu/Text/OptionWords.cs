using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Menu;

/// <summary>
/// An option's words for the browser's text match: "strong" stems from its title, summary and keywords, and
/// "body" stems found only in its body. Both sorted, so menu-data.json is byte-for-byte reproducible.
/// </summary>
public sealed partial record OptionWords(ImmutableArray<string> Strong, ImmutableArray<string> Body)
{
    public static OptionWords Of(MenuOptionData option)
    {
        var strong = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { option.Title, option.Summary }.Concat(option.Keywords))
        {
            strong.UnionWith(MenuText.ContentStems(text));
        }

        // Link targets (../programmes/trident.md) are paths, not words of the entry.
        var body = new SortedSet<string>(MenuText.ContentStems(LinkTarget().Replace(option.Body, "]")), StringComparer.Ordinal);
        body.ExceptWith(strong);
        return new OptionWords([.. strong], [.. body]);
    }

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();
}
