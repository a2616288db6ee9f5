using System.Text.Json;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Static;

/// <summary>
/// What the browser needs to read a query as the server's analyzer would: every surface word (the terms of the
/// index's <see cref="Vocabulary"/>, with their document frequency) and the terms the query analyzer makes of it, concept tokens
/// included; the lexicon's multi-word phrases; the acronyms; the stop words.
/// </summary>
internal static class StaticVocabulary
{
    public static void Write(Utf8JsonWriter json, IndexReader reader, Vocabulary vocabulary, LexiconAnalysis analysis, Analyzer analyzer)
    {
        var words = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, frequency) in vocabulary.Entries)
        {
            words[word] = frequency;
        }

        // The lexicon's own words, which no entry may use, still have to resolve filter values ("borough:x") and
        // meet their concept tokens; they are marked with frequency 0 so typos and prefixes never turn into them.
        using (var surface = new SurfaceAnalyzer())
        {
            foreach (string text in LexiconTexts(analysis.Source))
            {
                foreach (var token in TokenList.Of(surface, text))
                {
                    words.TryAdd(token.Term, 0);
                }
            }
        }

        var analysed = new SortedDictionary<string, (int Frequency, List<AnalysedToken> Tokens)>(StringComparer.Ordinal);
        foreach (var (word, frequency) in words)
        {
            analysed[word] = (frequency, TokenList.Of(analyzer, word));
        }

        AddInflections(reader, analyzer, analysed);
        json.WriteStartObject("words");
        foreach (var (word, (frequency, tokens)) in analysed)
        {
            json.WriteStartArray(word);
            json.WriteNumberValue(frequency);
            foreach (var token in tokens)
            {
                json.WriteStringValue(token.Term);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteStartArray("phrases");
        foreach (var phrase in analysis.Phrases.Where(p => p.Terms.Length > 1))
        {
            json.WriteStartArray();
            json.WriteStringValue(phrase.Concept);
            foreach (string term in phrase.Terms)
            {
                json.WriteStringValue(term);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartObject("acronyms");
        foreach (var term in analysis.Source.Glossary.DistinctBy(g => g.Acronym))
        {
            json.WriteString(term.Acronym, ConceptTokens.Acronym(term.Acronym));
        }

        json.WriteEndObject();
        json.WriteNumber("acronymsAnyCaseFrom", AcronymFilter.AnyCaseFrom);
        StaticSettings.Strings(json, "stopWords", StopWords.Words);

        // Typo correction leaves words of English alone, in the browser as on the server; the list's notice goes with it.
        json.WriteString("englishWords", EnglishWords.Coded.Value);
        json.WriteString("englishWordsCopyright", EnglishWords.Copyright.Value);
    }

    /// <summary>
    /// Adds the <see cref="InflectedForms"/> of the index's terms and words that the query analyzer makes into one
    /// indexed term (frequency 0: they are no word of the manual, so typos and prefixes never turn into them).
    /// </summary>
    private static void AddInflections(IndexReader reader, Analyzer analyzer, SortedDictionary<string, (int Frequency, List<AnalysedToken> Tokens)> analysed)
    {
        var indexed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string field in IndexFields.Text)
        {
            var e = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            while (e is not null && e.MoveNext())
            {
                string term = e.Term.Utf8ToString();
                if (!ConceptTokens.IsConcept(term))
                {
                    indexed.Add(term);
                }
            }
        }

        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string word in indexed.Concat(analysed.Keys))
        {
            candidates.UnionWith(InflectedForms.Of(word));
        }

        foreach (string candidate in candidates.Where(c => !analysed.ContainsKey(c)))
        {
            var tokens = TokenList.Of(analyzer, candidate);
            if (tokens.Count > 0 && tokens.All(t => t.Position == 0) && indexed.Contains(tokens[0].Term))
            {
                analysed[candidate] = (0, tokens);
            }
        }
    }

    private static IEnumerable<string> LexiconTexts(SearchLexicon lexicon)
    {
        foreach (var term in lexicon.Glossary)
        {
            yield return term.Acronym;
            yield return term.Expansion;
        }

        foreach (string phrase in lexicon.Synonyms.SelectMany(g => g))
        {
            yield return phrase;
        }

        foreach (var (_, values) in lexicon.FacetValues)
        {
            foreach (var (value, name) in values)
            {
                yield return value;
                yield return name;
            }
        }
    }
}
