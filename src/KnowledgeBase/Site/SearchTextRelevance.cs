using System.Text;
using KnowledgeBase.Menu;
using KnowledgeBase.Search;

namespace KnowledgeBase.Site;

/// <summary>
/// The menu's free-text relevance from the site's search index: the commander's words (any of them, with the
/// index's synonyms, acronyms and typo tolerance) ranked among options, scaled so the best match is 1.
/// </summary>
public sealed class SearchTextRelevance(ISearchEngine search) : ITextRelevance
{
    private const int Candidates = 100;
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> OptionsOnly =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["kind"] = ["option"] };

    public IReadOnlyDictionary<string, double> Score(string text)
    {
        var query = ProseWords(text);
        if (query.Length == 0)
        {
            return new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var hits = search.Search(new SearchRequest(query, Candidates, OptionsOnly, Prose: true)).Results;
        var best = hits.Count == 0 ? 0 : hits.Max(h => h.Score);
        return best <= 0
            ? new Dictionary<string, double>(StringComparer.Ordinal)
            : hits.ToDictionary(h => h.Slug, h => h.Score / best, StringComparer.Ordinal);
    }

    /// <summary>
    /// A problem description is prose, not a query: its words are searched as prose (an option matching some of
    /// them still ranks, one matching more ranks higher), and operator words or quotes in it carry no meaning.
    /// </summary>
    internal static string ProseWords(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || (c is '\'' or '-' && word.Length > 0))
            {
                word.Append(c);
                continue;
            }

            var w = word.ToString().Trim('\'', '-');
            word.Clear();
            if (w.Length > 0 && w is not ("AND" or "OR" or "NOT" or "NEAR") && words.Count < 32)
            {
                words.Add(w);
            }
        }

        return string.Join(' ', words.Distinct(StringComparer.OrdinalIgnoreCase));
    }
}
