using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Analyses documents into index columns of term ids; the alternatives column holds their lexicon expansions.
/// One instance per thread: it reuses its buffers from one document to the next, and counts the document
/// frequency of every term it sees, for <see cref="IndexBuilder"/> to add up (sums do not depend on which
/// thread saw which document).
/// </summary>
internal sealed class DocumentAnalyzer
{
    private readonly TermTable table;
    private readonly AltExpander expander;
    private readonly TokenBuffer tokens, summary, cut;
    private readonly List<byte> snippetOffsets = [];
    private readonly List<int> snippetTerms = [];
    private readonly List<IndexTerm> altTerms = [];
    private readonly FtsRowBuilder row = new();

    /// <summary>Per term id, the last document that held it: "already counted here" without a set per document.</summary>
    private int[] seenIn = [];
    private int serial;

    public DocumentAnalyzer(TermTable table, CompiledLexicon lexicon)
    {
        this.table = table;
        expander = new AltExpander(table.Analyzer, lexicon);
        var words = new WordCache(table);
        tokens = new TokenBuffer(words);
        summary = new TokenBuffer(words);
        cut = new TokenBuffer(words);
    }

    /// <summary>Per term id, how many of the analysed documents hold it (facet tokens aside).</summary>
    public int[] DocumentFrequency { get; private set; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AnalysedDocument Analyse(SearchDocument doc)
    {
        serial++;
        string[] texts = [doc.Title, string.Join(" ; ", doc.Keywords), doc.Summary, string.Join(" ; ", doc.TermText), doc.Body];
        var fields = new int[IndexField.Names.Length][];
        var alt = new SortedSet<string>(StringComparer.Ordinal);
        SnippetSource? snippet = null;
        for (int f = 0; f < texts.Length; f++)
        {
            var buffer = f == IndexField.Summary ? summary : tokens;
            buffer.Fill(texts[f], inText: true);
            var terms = new int[buffer.Count];
            var words = buffer.Words;
            for (int i = 0; i < terms.Length; i++)
            {
                int word = buffer[i].Word;
                terms[i] = Count(words.TermId(word));
                row.Add(words.TermUtf8(word));
            }

            row.EndColumn();
            fields[f] = terms;
            if (f == IndexField.Body)
            {
                snippet = Snippet(texts[f]);
            }

            expander.Collect(texts[f], buffer, alt);
        }

        expander.Flush(alt);
        altTerms.Clear();
        foreach (string token in alt)
        {
            // Expansions the entry itself says are exact matches already; only the others go in the column.
            var term = table.Term(token);
            if (!Counted(term.Id))
            {
                altTerms.Add(term);
            }
        }

        var altIds = new int[altTerms.Count];
        for (int i = 0; i < altIds.Length; i++)
        {
            altIds[i] = Count(altTerms[i].Id);
            row.Add(altTerms[i].Utf8);
        }

        row.EndColumn();
        fields[IndexField.Alt] = altIds;
        var facets = FacetsOf(doc);
        var facetTerms = facets.SelectMany(kv => kv.Value.Select(v => table.FacetTerm(kv.Key, v))).ToArray();
        foreach (var term in facetTerms)
        {
            row.Add(term.Utf8);
        }

        row.EndColumn();
        fields[IndexField.Facets] = [.. facetTerms.Select(t => t.Id)];
        return new AnalysedDocument(doc, facets, fields, snippet!, row.Take());
    }

    /// <summary>The summary's tokens and the body opening's (the body's tokens are in <see cref="tokens"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private SnippetSource Snippet(string body)
    {
        snippetOffsets.Clear();
        snippetTerms.Clear();
        int end = 0;
        SnippetTokenCodec.Append(snippetOffsets, snippetTerms, summary.Words, summary.Tokens, ref end);
        end = 0;
        var (kept, cutFrom) = SnippetTokenCodec.BodyOpening(body, tokens);
        SnippetTokenCodec.Append(snippetOffsets, snippetTerms, tokens.Words, tokens.Tokens[..kept], ref end);
        if (cutFrom >= 0)
        {
            cut.Fill(body[cutFrom..Engine.SnippetBuilder.BodyScanLength], inText: false, offset: cutFrom);
            SnippetTokenCodec.Append(snippetOffsets, snippetTerms, cut.Words, cut.Tokens, ref end);
        }

        return new SnippetSource([.. snippetOffsets], [.. snippetTerms], summary.Count);
    }

    private bool Counted(int id) => id < seenIn.Length && seenIn[id] == serial;

    /// <summary>Counts the term once for this document; returns its id.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Count(int id)
    {
        if (id >= seenIn.Length)
        {
            int size = Math.Max(table.Capacity, id + 1) + 1024;
            Array.Resize(ref seenIn, size);
            var df = DocumentFrequency;
            Array.Resize(ref df, size);
            DocumentFrequency = df;
        }

        if (seenIn[id] != serial)
        {
            seenIn[id] = serial;
            DocumentFrequency[id]++;
        }

        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
