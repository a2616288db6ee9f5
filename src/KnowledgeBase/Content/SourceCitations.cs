using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Content;

/// <summary>Checks that a <c>sources:</c> item names a registered document and its paragraphs: "MPS response ¶26-28".</summary>
public static class SourceCitations
{
    /// <summary>The document a citation names, or null when it names none of the registered ones or gives no paragraph.</summary>
    public static TaxonomyTerm? DocumentOf(string citation, Taxonomy sources)
    {
        foreach (var document in sources.Terms.OrderByDescending(t => t.Name.Length))
        {
            if (citation.StartsWith(document.Name, StringComparison.OrdinalIgnoreCase))
            {
                var rest = citation[document.Name.Length..];
                var mark = rest.IndexOf('¶', StringComparison.Ordinal);
                return mark >= 0 && mark + 1 < rest.Length && char.IsAsciiDigit(rest[mark + 1]) ? document : null;
            }
        }

        return null;
    }

    public static string Example(Taxonomy sources) =>
        string.Join(" or ", sources.Terms.Select(t => $"'{t.Name} ¶N'"));
}
