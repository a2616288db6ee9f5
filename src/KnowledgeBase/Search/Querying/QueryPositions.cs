using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// One position of an analysed query: the word's term, the word as typed, whether it is a stop word, the concept
/// tokens of that word alone, and the lexicon phrases that start there (concept, number of words).
/// </summary>
internal sealed record QueryPosition(int Position, string? Word, string Typed, bool IsStopWord,
    IReadOnlyList<string> Concepts, IReadOnlyList<(string Concept, int Span)> Phrases);

/// <summary>Groups an analysed query's tokens by position.</summary>
internal static class QueryPositions
{
    public static List<QueryPosition> Of(List<AnalysedToken> tokens, string text)
    {
        var result = new List<QueryPosition>();
        foreach (var group in tokens.GroupBy(t => t.Position).OrderBy(g => g.Key))
        {
            var word = group.FirstOrDefault(t => !ConceptTokens.IsConcept(t.Term));
            string typed = word.Term is null ? string.Empty : text[word.Start..word.End];
            var concepts = group.Where(t => ConceptTokens.IsConcept(t.Term) && t.Span == 1).Select(t => t.Term).Distinct().ToList();
            var phrases = group.Where(t => ConceptTokens.IsConcept(t.Term) && t.Span > 1).Select(t => (t.Term, t.Span)).Distinct().ToList();
            bool acronym = concepts.Any(c => c.StartsWith(ConceptTokens.AcronymPrefix, StringComparison.Ordinal));
            result.Add(new QueryPosition(group.Key, word.Term, typed, !acronym && StopWords.IsStopWord(typed), concepts, phrases));
        }

        return result;
    }
}
