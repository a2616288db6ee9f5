using System.Runtime.CompilerServices;
using System.Text;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// A document's (facet, value) pairs as the docs table stores them: "facet" U+001F "value" U+001E, pair after
/// pair, facets sorted and values sorted within each.
/// </summary>
internal static class FacetPairs
{
    private const char Unit = '\u001F', Record = '\u001E';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Encode(SortedDictionary<string, string[]> facets)
    {
        var text = new StringBuilder();
        foreach (var (facet, values) in facets)
        {
            foreach (string value in values)
            {
                text.Append(facet).Append(Unit).Append(value).Append(Record);
            }
        }

        return text.ToString();
    }

    public static IEnumerable<(string Facet, string Value)> Decode(string text)
    {
        foreach (string pair in text.Split(Record, StringSplitOptions.RemoveEmptyEntries))
        {
            int unit = pair.IndexOf(Unit, StringComparison.Ordinal);
            if (unit < 0)
            {
                throw new InvalidDataException($"The search index holds a malformed facet pair '{pair}'. Rebuild the site.");
            }

            yield return (pair[..unit], pair[(unit + 1)..]);
        }
    }
}
