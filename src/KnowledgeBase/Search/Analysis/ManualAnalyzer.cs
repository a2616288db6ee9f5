using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The analysis of the manual's text fields, the same at index and query time: Unicode word breaks, possessives
/// ("Lambeth's"), accent folding, the glossary's acronyms in their written case, lower case, British/American
/// spelling, KStem (which keeps "knives" with "knife"), then the lexicon's synonyms, taxonomy aliases and acronym
/// expansions as concept tokens. No stop words are removed: the index keeps every word so phrases match, and the
/// query builder decides which words a query requires.
/// </summary>
internal sealed class ManualAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly LexiconAnalysis? lexicon;
    private readonly bool query;
    private readonly SurfaceWords? surface;

    /// <param name="lexicon">The glossary and synonym groups; null analyses words alone (used to analyse the lexicon itself).</param>
    /// <param name="query">Query side: acronyms of three letters or more match in any case.</param>
    /// <param name="surface">Index side: collects each document's surface words for the index's vocabulary, or null.</param>
    public ManualAnalyzer(LexiconAnalysis? lexicon, bool query, SurfaceWords? surface = null)
    {
        this.lexicon = lexicon;
        this.query = query;
        this.surface = surface;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new WordChainFilter(source, PerWord, surface);
        if (lexicon?.Concepts is { } concepts)
        {
            stream = new SynonymFilter(stream, concepts, ignoreCase: false);
        }

        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The filters that look at one word at a time, run once per distinct word by <see cref="WordChainFilter"/>.</summary>
    /// <param name="word">The word.</param>
    /// <param name="surfaceAt">Marks the point where a token is the surface word.</param>
    private TokenStream PerWord(TokenStream word, Func<TokenStream, TokenStream> surfaceAt)
    {
        TokenStream stream = new EnglishPossessiveFilter(Version, word);
        stream = new ASCIIFoldingFilter(stream);
        if (lexicon is not null)
        {
            stream = new AcronymFilter(stream, lexicon.Acronyms, query ? lexicon.AcronymsAnyCase : null, lexicon.AcronymsHaveCapitals);
        }

        stream = surfaceAt(new LowerCaseFilter(Version, stream));
        stream = new SpellingFilter(stream);
        return new KStemFilter(stream);
    }
}
