using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Related;

/// <summary>
/// The "more like this" query of one indexed entry: MoreLikeThis picks each text field's telling terms (term
/// frequency in the entry times rarity in the index), the field's weight scales them, and the best few across all
/// fields become one query. Not thread-safe (MoreLikeThis and the analyzer's streams are per instance): each core
/// makes its own.
/// </summary>
internal sealed class RelatedQuery : IDisposable
{
    /// <summary>Terms in the query: enough to characterise an entry, few enough that a query stays cheap.</summary>
    public const int MaxQueryTerms = 20;

    /// <summary>A term only the entry itself has cannot find another entry, so it is not worth a clause.</summary>
    public const int MinDocFreq = 2;

    /// <summary>Above this share of the entries a term says little about what an entry is about.</summary>
    public const int MaxDocFreqPercent = 25;

    /// <summary>
    /// Above this many entries a term is left out whatever the site's size. Each clause then visits at most this
    /// many postings, so one query costs the same on any site and the whole stage grows with the number of entries,
    /// not its square (a share alone would let every query grow with the site).
    /// </summary>
    public const int MaxDocFreqCap = 250;

    /// <summary>Tokens read from each field of an entry: bounds the analysis of a very long body.</summary>
    public const int MaxTokensPerField = 5000;

    // The fields MoreLikeThis reads, with the weights search gives them (title 5 ... body 0.8).
    private static readonly string[] Fields = IndexFields.Text;

    private static readonly HashSet<string> Stored = [.. Fields];

    private readonly IndexReader reader;
    private readonly TermStates termStates;
    private readonly Analyzer analyzer;
    private readonly MoreLikeThis[] perField;

    /// <param name="docFreqs">The index as MoreLikeThis reads it, shared by every core's query.</param>
    /// <param name="termStates">The terms' places in the index, shared by every core's query.</param>
    public RelatedQuery(IndexReader reader, DocFreqCache docFreqs, TermStates termStates, LexiconAnalysis analysis)
    {
        this.reader = reader;
        this.termStates = termStates;
        // The index's own analysis, so the terms read back from stored text are the terms the index holds,
        // concept tokens ("#syn:knife") included.
        analyzer = new ManualAnalyzer(analysis, query: false);
        int maxDocFreq = MaxDocFreq(reader.NumDocs);
        var stopWords = new HashSet<string>(StopWords.Words, StringComparer.Ordinal);
        perField = [.. Fields.Select(field => new MoreLikeThis(docFreqs)
        {
            Analyzer = analyzer,
            FieldNames = [field],
            // A title or keyword says what it says once: one occurrence counts.
            MinTermFreq = 1,
            MinDocFreq = MinDocFreq,
            MaxDocFreq = maxDocFreq,
            MaxNumTokensParsed = MaxTokensPerField,
            StopWords = stopWords,
        })];
    }

    /// <summary>The document frequency above which a term is ignored, for an index of <paramref name="docs"/> entries.</summary>
    public static int MaxDocFreq(int docs) =>
        Math.Max(MinDocFreq, Math.Min((docs * MaxDocFreqPercent + 99) / 100, MaxDocFreqCap));

    /// <summary>The query for the entry at <paramref name="doc"/>, or null when it has no term worth asking for.</summary>
    public Query? For(int doc)
    {
        // The entry's stored text is read once for all fields (MoreLikeThis would read the whole document again
        // for each field). A field's values are analysed together, as one text per field.
        var stored = reader.Document(doc, Stored);
        var terms = new List<(float Score, int Field, string Word)>();
        for (int f = 0; f < Fields.Length; f++)
        {
            string text = string.Join('\n', stored.GetValues(Fields[f]));
            if (text.Length == 0)
            {
                continue;
            }

            var queue = perField[f].RetrieveTerms(new StringReader(text), Fields[f]);
            float weight = IndexFields.Weights[f];
            while (queue.Pop() is { } term)
            {
                terms.Add((term.Score * weight, f, term.Word));
            }
        }

        if (terms.Count == 0)
        {
            return null;
        }

        // Best first; ties by field order then word, so the query is the same on every run.
        var best = terms
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Field)
            .ThenBy(t => t.Word, StringComparer.Ordinal)
            .Take(MaxQueryTerms)
            .ToList();
        var query = new BooleanQuery();
        float top = best[0].Score;
        foreach (var (score, field, word) in best)
        {
            var clause = termStates.Query(Fields[field], word);
            clause.Boost = score / top;
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }

    public void Dispose() => analyzer.Dispose();
}
