using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The manual's lexicon made into analysis: acronym lookups for <see cref="AcronymFilter"/>, and one
/// <see cref="SynonymMap"/> that adds a concept token wherever a synonym, a taxonomy alias or an acronym's
/// expansion occurs (matched on analysed terms, so "knives" meets the group of "knife").
/// </summary>
internal sealed class LexiconAnalysis
{
    private LexiconAnalysis(SearchLexicon source, CharArrayDictionary<string> acronyms, CharArrayDictionary<string> anyCase,
        SynonymMap? concepts, IReadOnlyList<ConceptPhrase> phrases)
    {
        Source = source;
        AcronymsHaveCapitals = source.Glossary.All(t => t.Acronym.AsSpan().ContainsAnyInRange('A', 'Z'));
        Acronyms = acronyms;
        AcronymsAnyCase = anyCase;
        Concepts = concepts;
        Phrases = phrases;
    }

    /// <summary>The lexicon, normalised (sorted), as stored in the index.</summary>
    public SearchLexicon Source { get; }

    public CharArrayDictionary<string> Acronyms { get; }

    public CharArrayDictionary<string> AcronymsAnyCase { get; }

    /// <summary>Every acronym has a capital (A-Z), so a word without one need not be looked up: most words have none.</summary>
    public bool AcronymsHaveCapitals { get; }

    public SynonymMap? Concepts { get; }

    /// <summary>Every member of every group as analysed terms, with its concept token, in a fixed order.</summary>
    public IReadOnlyList<ConceptPhrase> Phrases { get; }

    public static LexiconAnalysis From(SearchLexicon lexicon)
    {
        var normal = LexiconNormalizer.Normalize(lexicon);
        var acronyms = new CharArrayDictionary<string>(ManualAnalyzer.Version, 64, ignoreCase: false);
        var anyCase = new CharArrayDictionary<string>(ManualAnalyzer.Version, 64, ignoreCase: true);
        var phrases = new List<ConceptPhrase>();
        using var plain = new ManualAnalyzer(null, query: false);
        foreach (var term in normal.Glossary)
        {
            string concept = ConceptTokens.Acronym(term.Acronym);
            acronyms[term.Acronym] = concept;
            if (term.Acronym.Length >= AcronymFilter.AnyCaseFrom)
            {
                anyCase[term.Acronym] = concept;
            }

            phrases.AddRange(Variants(plain, term.Expansion).Select(v => new ConceptPhrase(v, concept)));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in normal.Synonyms)
        {
            var members = group.SelectMany(m => Variants(plain, m)).Where(t => t.Length > 0).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            // A group is named after its first member; a second group with the same first member gets a number.
            string name = ConceptTokens.SynonymPrefix + string.Join('_', members[0]);
            for (int n = 2; !names.Add(name); n++)
            {
                name = ConceptTokens.SynonymPrefix + string.Join('_', members[0]) + "~" + n;
            }

            phrases.AddRange(members.Select(m => new ConceptPhrase(m, name)));
        }

        var distinct = phrases.Where(p => p.Terms.Length > 0).Distinct(ConceptPhrase.Comparer).ToList();
        SynonymMap? map = null;
        if (distinct.Count > 0)
        {
            var builder = new SynonymMap.Builder(dedup: true);
            foreach (var phrase in distinct)
            {
                builder.Add(SynonymMap.Builder.Join(phrase.Terms, new CharsRef()), new CharsRef(phrase.Concept), includeOrig: true);
            }

            map = builder.Build();
        }

        return new LexiconAnalysis(normal, acronyms, anyCase, map, distinct);
    }

    /// <summary>
    /// A phrase's terms, and the same without its stop words when it has some: officers type "prolific priority
    /// offenders" for "Prolific and other Priority Offenders".
    /// </summary>
    private static IEnumerable<string[]> Variants(ManualAnalyzer analyzer, string text)
    {
        var tokens = TokenList.Of(analyzer, text);
        yield return [.. tokens.Select(t => t.Term)];
        var content = tokens.Where(t => !StopWords.IsStopWord(text.AsSpan(t.Start, t.End - t.Start))).Select(t => t.Term).ToArray();
        if (content.Length > 1 && content.Length < tokens.Count)
        {
            yield return content;
        }
    }
}
