using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>Analyses a document into index columns; the alternatives column holds its lexicon expansions.</summary>
internal sealed class DocumentAnalyzer(TextAnalyzer analyzer, CompiledLexicon lexicon)
{
    public AnalysedDocument Analyse(SearchDocument doc)
    {
        string[] texts = [doc.Title, string.Join(" ; ", doc.Keywords), doc.Summary, string.Join(" ; ", doc.TermText), doc.Body];
        var fields = new string[IndexField.Names.Length][];
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var alt = new SortedSet<string>(StringComparer.Ordinal);
        var expander = new AltExpander(analyzer, lexicon);
        for (int f = 0; f < texts.Length; f++)
        {
            var tokens = analyzer.Tokenize(texts[f]);
            var terms = new string[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                terms[i] = analyzer.Term(tokens[i].Text);
                words[tokens[i].Text] = terms[i];
            }

            fields[f] = terms;
            expander.Collect(texts[f], tokens, terms, alt);
        }

        expander.Flush(alt);
        var facets = FacetsOf(doc);
        alt.ExceptWith(fields.Take(IndexField.Alt).SelectMany(t => t));
        fields[IndexField.Alt] = [.. alt];
        fields[IndexField.Facets] = facets.SelectMany(kv => kv.Value.Select(v => FacetToken.Of(kv.Key, v))).ToArray();
        return new AnalysedDocument(doc, facets, fields, words);
    }

    private static SortedDictionary<string, string[]> FacetsOf(SearchDocument doc)
    {
        var facets = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, values) in doc.Facets)
        {
            facets[key] = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }

        facets["kind"] = [doc.Kind];
        facets["status"] = [doc.Status];
        return facets;
    }
}
