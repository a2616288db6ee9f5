namespace KnowledgeBase.Search.Indexing;

/// <summary>The fields of the search index, and how much a match in each weighs.</summary>
internal static class IndexFields
{
    public const string Slug = "slug";
    public const string Kind = "kind";
    public const string Url = "url";
    public const string Status = "status";
    public const string Evidence = "evidence";
    public const string Parents = "parents";
    public const string Governors = "governors";
    public const string Title = "title";
    public const string Keywords = "keywords";
    public const string Summary = "summary";
    public const string Terms = "terms";
    public const string Body = "body";

    /// <summary>The ranked text fields, in the order the static index lists them.</summary>
    public static readonly string[] Text = [Title, Keywords, Summary, Terms, Body];

    /// <summary>
    /// Field boosts: the title names what an entry is about, keywords and people are how officers look it up, the
    /// summary says it in a sentence, taxonomy names and aliases place it, and the body mentions much in passing.
    /// </summary>
    public static readonly float[] Weights = [5f, 3f, 2f, 1f, 0.8f];

    /// <summary>The filter and facet field of a facet ("f.borough"): indexed values for filters, doc values for counts.</summary>
    public static string Facet(string facet) => "f." + facet;

    public static float WeightOf(string field) => Weights[Array.IndexOf(Text, field)];
}
