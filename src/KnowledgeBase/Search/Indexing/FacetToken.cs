namespace KnowledgeBase.Search.Indexing;

/// <summary>The index token of one facet value: "crime_type__knives". The tokenizer keeps "_", users cannot type it.</summary>
internal static class FacetToken
{
    public static string Of(string facet, string value) =>
        (facet + "__" + value).ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
