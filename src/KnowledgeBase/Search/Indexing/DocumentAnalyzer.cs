using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Analyses documents into index columns; the alternatives column holds their lexicon expansions. One instance
/// per thread: it also gathers the document frequencies and words of everything it analysed, for
/// <see cref="IndexBuilder"/> to add up (sums do not depend on which thread saw which document).
/// </summary>
internal sealed class DocumentAnalyzer(TextAnalyzer analyzer, CompiledLexicon lexicon)
{
    private readonly AltExpander expander = new(analyzer, lexicon);
    private readonly HashSet<string> distinct = new(StringComparer.Ordinal);

    /// <summary>How many of the analysed documents hold each term (facet tokens aside).</summary>
    public Dictionary<string, int> DocumentFrequency { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Every folded word seen. Note: by reference, as the analyzer hands out one string per word, so the check
    /// costs no string hashing per token.
    /// </summary>
    public HashSet<string> Words { get; } = new(ReferenceEqualityComparer.Instance);

    public AnalysedDocument Analyse(SearchDocument doc)
    {
        string[] texts = [doc.Title, string.Join(" ; ", doc.Keywords), doc.Summary, string.Join(" ; ", doc.TermText), doc.Body];
        var fields = new string[IndexField.Names.Length][];
        var alt = new SortedSet<string>(StringComparer.Ordinal);
        distinct.Clear();
        List<Token> summaryTokens = [], bodyTokens = [];
        for (int f = 0; f < texts.Length; f++)
        {
            var tokens = analyzer.Tokenize(texts[f]);
            var terms = new string[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                terms[i] = tokens[i].Term!;
                Words.Add(tokens[i].Text);
            }

            fields[f] = terms;
            summaryTokens = f == IndexField.Summary ? tokens : summaryTokens;
            bodyTokens = f == IndexField.Body ? SnippetTokenCodec.BodyOpening(texts[f], tokens, analyzer) : bodyTokens;
            distinct.UnionWith(terms);
            expander.Collect(texts[f], tokens, terms, alt);
        }

        expander.Flush(alt);
        var facets = FacetsOf(doc);
        alt.RemoveWhere(distinct.Contains);
        fields[IndexField.Alt] = [.. alt];
        distinct.UnionWith(alt);
        foreach (string term in distinct)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(DocumentFrequency, term, out _)++;
        }

        fields[IndexField.Facets] = facets.SelectMany(kv => kv.Value.Select(v => FacetToken.Of(kv.Key, v))).ToArray();
        return new AnalysedDocument(doc, facets, fields, SnippetTokenCodec.Prepare(summaryTokens, bodyTokens));
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
