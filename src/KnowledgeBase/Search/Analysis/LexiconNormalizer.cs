namespace KnowledgeBase.Search.Analysis;

/// <summary>Puts a lexicon in a canonical order, so the index file does not depend on the order it was read in.</summary>
internal static class LexiconNormalizer
{
    public static SearchLexicon Normalize(SearchLexicon lexicon)
    {
        var glossary = lexicon.Glossary
            .Where(g => !string.IsNullOrWhiteSpace(g.Acronym) && !string.IsNullOrWhiteSpace(g.Expansion))
            .Select(g => new GlossaryTerm(g.Acronym.Trim(), g.Expansion.Trim()))
            .Distinct()
            .OrderBy(g => g.Acronym, StringComparer.Ordinal).ThenBy(g => g.Expansion, StringComparer.Ordinal)
            .ToArray();
        var synonyms = lexicon.Synonyms
            .Select(g => (IReadOnlyList<string>)g.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct().ToArray())
            .Where(g => g.Count > 1)
            .OrderBy(g => string.Join('\u0001', g), StringComparer.Ordinal)
            .ToArray();
        var facets = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (facet, values) in lexicon.FacetValues)
        {
            facets[facet] = new SortedDictionary<string, string>(values.ToDictionary(), StringComparer.Ordinal);
        }

        return new SearchLexicon(glossary, synonyms, facets);
    }
}
