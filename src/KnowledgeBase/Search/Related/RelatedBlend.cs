using System.Collections.Immutable;

namespace KnowledgeBase.Search.Related;

/// <summary>How an entry's related list is made from the editors' picks and the index's suggestions.</summary>
internal static class RelatedBlend
{
    /// <summary>
    /// The editors' picks first, in their order (all of them: an editor's choice is never dropped), then the
    /// suggestions not already listed, until <paramref name="total"/> entries are listed. The entry itself never
    /// appears.
    /// </summary>
    public static ImmutableArray<string> Of(string slug, IEnumerable<string> picks, IEnumerable<string> suggestions, int total)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal) { slug };
        var result = ImmutableArray.CreateBuilder<string>();
        foreach (string pick in picks)
        {
            if (listed.Add(pick))
            {
                result.Add(pick);
            }
        }

        foreach (string suggestion in suggestions)
        {
            if (result.Count >= total)
            {
                break;
            }

            if (listed.Add(suggestion))
            {
                result.Add(suggestion);
            }
        }

        return result.ToImmutable();
    }
}
