namespace KnowledgeBase.Search.Lexicon;

/// <summary>A glossary entry, analysed.</summary>
/// <param name="Written">The acronym's words as written ("GGW", "RB"): matched case-sensitively in documents, so
/// that "SO" (Specialist Operations) is not read into every "so".</param>
/// <param name="Terms">The acronym's terms ("ggw", "rb").</param>
/// <param name="ExpansionTerms">The expansion's terms, stop words included, for phrase queries.</param>
/// <param name="ExpansionContent">The expansion's terms without stop words, for matching and expanding.</param>
internal sealed record AcronymEntry(string[] Written, string[] Terms, string[] ExpansionTerms, string[] ExpansionContent)
{
    /// <summary>The single index token that stands for the acronym in the alternatives column.</summary>
    public string Token => LexiconToken.Join(Terms);

    /// <summary>The single index token that stands for the expansion in the alternatives column.</summary>
    public string ExpansionToken => LexiconToken.Join(ExpansionContent);
}
