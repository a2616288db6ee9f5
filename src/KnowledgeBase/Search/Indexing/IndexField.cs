namespace KnowledgeBase.Search.Indexing;

/// <summary>The index columns, in column order. Search.js reads the same order from the static index.</summary>
internal static class IndexField
{
    public const int Title = 0;
    public const int Keywords = 1;
    public const int Summary = 2;
    public const int Terms = 3;
    public const int Body = 4;

    /// <summary>Lexicon expansions of the entry's own words (synonyms, acronyms, compounds): matches here rank low.</summary>
    public const int Alt = 5;

    /// <summary>Facet tokens ("borough__lambeth") for filtering; weight 0, so they never rank.</summary>
    public const int Facets = 6;

    /// <summary>Empty rows added per document to temper FTS5's IDF (see <see cref="SqliteIndexRows"/>).</summary>
    public const int PaddingFactor = 1;

    public static readonly string[] Names = ["title", "keywords", "summary", "terms", "body", "alt", "facets"];

    /// <summary>
    /// bm25 column weights: title highest, then keywords and acronyms, summary, taxonomy text, body; expansions
    /// well below any exact word. Tuned on the sample and held-out evaluation sets.
    /// </summary>
    /// <remarks>
    /// Note: FTS5 multiplies term frequency by the weight before bm25 saturates it (k1 = 1.2, fixed), so small
    /// weights act like a larger k1: an entry that says "knife" in its summary, keywords and body then beats one
    /// that only has it in its title. The evaluation sets preferred weights of this size over 10/6/4/2/1.
    /// </remarks>
    public static readonly double[] Weights = [5, 3, 2, 1, 0.8, 0.3, 0];
}
