using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>Words, phrases and prefixes.</summary>
internal sealed partial class LuceneQueryBuilder
{
    /// <summary>A synonym's, alias's or acronym's concept token weighs this much of the word the user typed.</summary>
    public const float ConceptWeight = 0.3f;

    /// <summary>
    /// In a problem description (the menu's free text) a synonym weighs as much as the word: "stabbed" there means
    /// knife crime, where a searcher who types a word wants entries with that word first.
    /// </summary>
    public const float ProseConceptWeight = 1f;

    /// <summary>A typo's correction weighs this much: the entry has a word near the one typed, not the word.</summary>
    public const float CorrectionWeight = 0.7f;

    /// <summary>Two adjacent query words found near each other in a field add this much of their phrase's score.</summary>
    public const float ProximityWeight = 0.5f;

    /// <summary>How far apart, in words, two adjacent query words may be and still count as near.</summary>
    public const int ProximitySlop = 2;

    /// <summary>The fields where adjacent query words found near each other add to the score.</summary>
    internal static readonly string[] ProximityFields = [IndexFields.Title, IndexFields.Summary, IndexFields.Body];

    private static bool IsPrefix(string text) => text.Length >= 3 && text[^1] == '*' && text.AsSpan(0, text.Length - 1).IndexOfAny(" *") < 0;

    /// <summary>
    /// A run of plain words, analysed together so that lexicon phrases typed as separate words ("lethal barrelled
    /// weapon") meet their concept token: each content word, or each lexicon phrase, is one concept.
    /// </summary>
    private void AddWords(List<string> run, Clauses clauses)
    {
        if (run.Count == 0)
        {
            return;
        }

        // ':' joins words for Unicode word breaking ("title:x"); in a query it is Lucene syntax at most, never a word.
        string text = string.Join(' ', JoinCodes(run)).Replace(':', ' ');
        var positions = QueryPositions.Of(TokenList.Of(context.QueryAnalyzer, text), text);
        words += positions.Count;
        positions = positions.Take(Math.Max(0, MaxWords - (words - positions.Count))).ToList();
        var kept = new List<QueryPosition>();
        for (int i = 0; i < positions.Count;)
        {
            var at = positions[i];
            if (!excluding && at.Phrases.Count > 0 && LongestPhrase(positions, i) is { } phrase)
            {
                var span = positions.GetRange(i, phrase.Span);
                var terms = span.Where(p => p.Word is not null).Select(p => (p.Word!, p.Position)).ToList();
                highlight.UnionWith(terms.Select(t => t.Item1));
                highlight.Add(phrase.Concept);
                // A word of the phrase that alone means the same ("knife" of "knife crime": the lexicon groups them)
                // is what was typed, not a synonym: an entry on "anti-knife education" is about knife crime.
                var alone = span.Where(p => p.Word is not null && MeansAlone(p.Typed, phrase.Concept)).Select(p => FieldQueries.Term(p.Word!, 1f));
                clauses.Concepts.Add(FieldQueries.AnyOf([FieldQueries.Phrase(terms, 0, 1f), .. alone, FieldQueries.Term(phrase.Concept, conceptWeight)]));
                i += phrase.Span;
                continue;
            }

            if (at.Word is not null && (keepStopWords || !at.IsStopWord))
            {
                // A repeated word is one concept (a question repeats words for its grammar, not for weight), and
                // still pairs with its neighbours for proximity.
                if (clauses.Words.Add(at.Word))
                {
                    clauses.Concepts.Add(Concept(at));
                }

                kept.Add(at);
            }

            i++;
        }

        for (int k = 0; !excluding && k + 1 < kept.Count; k++)
        {
            var (a, b) = (kept[k], kept[k + 1]);
            clauses.Boosts.Add(FieldQueries.Phrase([(a.Word!, a.Position), (b.Word!, b.Position)], ProximitySlop, ProximityWeight, ProximityFields));
        }
    }

    /// <summary>
    /// "SCD 8" and "CO 19" are how a unit's code is often typed: letters then a number, as two words, are read as the one
    /// word the manual writes ("SCD8") when it uses that word.
    /// </summary>
    private List<string> JoinCodes(List<string> run)
    {
        var joined = new List<string>(run.Count);
        for (int i = 0; i < run.Count; i++)
        {
            // The number may end a question ("SCD 8?"): the mark stays on the joined word, where the analyzer drops it.
            string number = i + 1 < run.Count ? run[i + 1].TrimEnd(Punctuation) : "";
            if (IsCodeLetters(run[i]) && IsCodeNumber(number) && context.UsesWord((run[i] + number).ToLowerInvariant()))
            {
                joined.Add(run[i] + run[i + 1]);
                i++;
            }
            else
            {
                joined.Add(run[i]);
            }
        }

        return joined;
    }

    /// <summary>Whether a word of a phrase, analysed on its own, is a member of the phrase's group.</summary>
    private bool MeansAlone(string typed, string concept) =>
        TokenList.Of(context.QueryAnalyzer, typed).Any(t => t.Span == 1 && t.Term == concept);

    private static bool IsCodeLetters(string word) => word.Length is >= 2 and <= 5 && word.All(char.IsAsciiLetter);

    private static bool IsCodeNumber(string word) => word.Length is >= 1 and <= 3 && word.All(char.IsAsciiDigit);

    /// <summary>The longest lexicon phrase starting at position <paramref name="i"/> that the run holds whole.</summary>
    private static (string Concept, int Span)? LongestPhrase(List<QueryPosition> positions, int i)
    {
        foreach (var (concept, span) in positions[i].Phrases.OrderByDescending(p => p.Span).ThenBy(p => p.Concept, StringComparer.Ordinal))
        {
            if (i + span <= positions.Count && positions[i + span - 1].Position == positions[i].Position + span - 1)
            {
                return (concept, span);
            }
        }

        return null;
    }

    /// <summary>One word: itself, its synonyms' and acronym's concept tokens, and corrections when it is a typo.</summary>
    private Query Concept(QueryPosition at)
    {
        string word = at.Word!;
        highlight.Add(word);
        var options = new List<Query> { FieldQueries.Term(word, 1f) };
        if (excluding)
        {
            return options[0];
        }

        foreach (string concept in at.Concepts)
        {
            options.Add(FieldQueries.Term(concept, conceptWeight));
            highlight.Add(concept);
        }

        if (at.Concepts.Count == 0 && !context.Knows(word))
        {
            // Another form of the same word, as the manual writes it, is the word itself: no correction, no message.
            // A word with a digit ("CO19") is a code: it has no other form and is never corrected, only reported.
            bool code = at.Typed.Any(char.IsAsciiDigit);
            var forms = code ? [] : context.Inflections.Find(at.Typed);
            AddAlternatives(forms, 1f, options);
            var corrections = code || forms.Count > 0 ? [] : context.Typos.Correct(at.Typed);
            AddAlternatives(corrections, CorrectionWeight, options);

            if (corrections.Count > 0)
            {
                messages.Add($"No entry has \"{at.Typed}\": searched for {string.Join(" or ", corrections)} instead.");
            }
            else if (forms.Count == 0)
            {
                // A word of English the manual never uses, or a typo too far from any of its words: said, not hidden.
                messages.Add($"No entry has \"{at.Typed}\".");
            }
        }

        return FieldQueries.AnyOf(options);
    }

    /// <summary>Other words searched for a word the index lacks, each term at <paramref name="weight"/> (a concept token at that share of its weight).</summary>
    private void AddAlternatives(IReadOnlyList<string> words, float weight, List<Query> options)
    {
        foreach (string other in words)
        {
            foreach (var token in TokenList.Of(context.QueryAnalyzer, other))
            {
                options.Add(FieldQueries.Term(token.Term, ConceptTokens.IsConcept(token.Term) ? weight * conceptWeight : weight));
                highlight.Add(token.Term);
            }
        }
    }

    private Query? Phrase(string text)
    {
        var positions = QueryPositions.Of(TokenList.Of(context.QueryAnalyzer, text), text);
        words += positions.Count;
        var terms = positions.Where(p => p.Word is not null).Select(p => (p.Word!, p.Position)).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        highlight.UnionWith(terms.Select(t => t.Item1));
        var options = new List<Query> { FieldQueries.Phrase(terms, 0, 1f) };
        int span = positions[^1].Position - positions[0].Position + 1;
        foreach (var (concept, length) in excluding ? [] : positions[0].Phrases.Where(p => p.Span == span)
            .Concat(span == 1 ? positions[0].Concepts.Select(c => (c, 1)) : []))
        {
            options.Add(FieldQueries.Term(concept, conceptWeight));
            highlight.Add(concept);
        }

        return FieldQueries.AnyOf(options);
    }

    /// <summary>"traf*": the most frequent words of the manual that start so, at most <see cref="PrefixExpander.MaxTerms"/>.</summary>
    private Query Prefix(string text)
    {
        words++;
        string prefix = text[..^1];
        var expanded = context.Prefixes.Expand(prefix);
        var options = new List<Query>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in expanded.SelectMany(w => TokenList.Of(context.QueryAnalyzer, w)).Where(t => !ConceptTokens.IsConcept(t.Term)))
        {
            if (seen.Add(token.Term))
            {
                options.Add(FieldQueries.Term(token.Term, 1f));
                highlight.Add(token.Term);
            }
        }

        return options.Count > 0 ? FieldQueries.AnyOf(options) : FieldQueries.Term(prefix.ToLowerInvariant(), 1f);
    }
}
