using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Querying.Plans;

namespace KnowledgeBase.Search.Querying;

/// <summary>Words, phrases and prefixes.</summary>
internal sealed partial class QueryPlanner
{
    private bool excluding;

    private List<Unit> UnitsOf(string text)
    {
        var tokens = analyzer.Tokenize(text);
        var units = new List<Unit>();
        for (int i = 0; i < tokens.Count; i++)
        {
            int end = i + 1;
            while (end < tokens.Count && tokens[end].Hyphenated)
            {
                end++;
            }

            bool prefix = end == tokens.Count && end - i == 1 && tokens[i].End < text.Length && text[tokens[i].End] == '*'
                && tokens[i].Text.Length >= 2;
            if (++words <= MaxWords)
            {
                units.Add(new Unit(tokens.GetRange(i, end - i), prefix));
            }

            i = end - 1;
        }

        return units;
    }

    /// <summary>The concepts of a run of words, with lexicon phrases in it ("lethal barrelled weapon") found.</summary>
    private List<MatchPlan> Concepts(List<Unit> run)
    {
        var kept = Enumerable.Range(0, run.Count)
            .Where(i => keepStopWords || !run[i].Simple || !TextAnalyzer.IsStopWord(run[i].Text)).ToList();
        var units = kept.Select(i => run[i]).ToList();
        var concepts = units.Select(Concept).ToList();
        for (int k = 0; k + 1 < kept.Count; k++)
        {
            if (Bigram(run, kept[k], kept[k + 1]) is { } bigram)
            {
                concepts[k] = concepts[k] is AnyPlan any ? new AnyPlan([.. any.Options, bigram]) : new AnyPlan([concepts[k], bigram]);
            }
        }

        var result = new List<MatchPlan>();
        for (int i = 0; i < units.Count;)
        {
            var phrase = excluding ? null : PhraseAt(units, i);
            if (phrase is null)
            {
                result.Add(concepts[i]);
                i++;
                continue;
            }

            var span = concepts.GetRange(i, phrase.Terms.Length);
            var options = new List<MatchPlan> { span.Count == 1 ? span[0] : new AllPlan(span, []) };
            options.AddRange(Alternatives(phrase));
            result.Add(new AnyPlan(options));
            i += phrase.Terms.Length;
        }

        return result;
    }

    /// <summary>
    /// The words from <paramref name="from"/> to <paramref name="to"/> as a phrase (stop words between them kept).
    /// </summary>
    /// <remarks>
    /// Note: added as an alternative to the first word's concept it changes nothing that matches (the phrase holds
    /// the word), but bm25 scores the phrase as one more, rarer, phrase: entries that say "organised crime" outrank
    /// entries that say "organised" here and "crime" there. In a small manual common words have almost no IDF, so
    /// this is where much of the ranking signal of a multi-word query comes from.
    /// </remarks>
    private PhrasePlan? Bigram(List<Unit> run, int from, int to)
    {
        if (excluding || keepStopWords)
        {
            return null;
        }

        for (int i = from; i <= to; i++)
        {
            if (!run[i].Simple)
            {
                return null;
            }
        }

        return new PhrasePlan(Enumerable.Range(from, to - from + 1).Select(i => analyzer.Term(run[i].Text)).ToList());
    }

    private LexiconPhrase? PhraseAt(List<Unit> units, int i)
    {
        if (!units[i].Simple || !lexicon.Phrases.TryGetValue(analyzer.Term(units[i].Text), out var phrases))
        {
            return null;
        }

        return phrases.FirstOrDefault(p => i + p.Terms.Length <= units.Count
            && Enumerable.Range(0, p.Terms.Length).All(k => units[i + k].Simple && analyzer.Term(units[i + k].Text) == p.Terms[k]));
    }

    /// <summary>What a lexicon phrase found in the query also stands for.</summary>
    private List<MatchPlan> Alternatives(LexiconPhrase phrase)
    {
        var options = new List<MatchPlan>();
        if (phrase.Group is { } group)
        {
            options.Add(new TermPlan(SynonymGroup.TokenOf(phrase.Terms)));
            highlight.UnionWith(group.Members.Where(m => m.Length == 1).Select(m => m[0]));
        }
        else if (phrase.Acronym is { } entry && phrase.IsExpansion)
        {
            options.Add(TermsPlan(entry.Terms));
            options.Add(new TermPlan(entry.Token));
            highlight.UnionWith(entry.Terms);
        }
        else if (phrase.Acronym is { } acronym)
        {
            options.Add(TermsPlan(acronym.ExpansionTerms));
            options.Add(new TermPlan(acronym.ExpansionToken));
            highlight.UnionWith(acronym.ExpansionContent);
        }

        return options.Distinct().ToList();
    }

    private MatchPlan Concept(Unit unit)
    {
        if (unit.Tokens.Count > 1)
        {
            var parts = unit.Tokens.Select(t => analyzer.Term(t.Text)).ToList();
            string solid = analyzer.Term(string.Concat(unit.Tokens.Select(t => t.Text)));
            highlight.UnionWith(parts);
            highlight.Add(solid);
            return new AnyPlan([new PhrasePlan(parts), new TermPlan(solid)]);
        }

        if (unit.Prefix)
        {
            var terms = vocabulary.PrefixTerms(unit.Text);
            highlight.UnionWith(terms);
            return terms.Count == 0 ? new TermPlan(unit.Text) : Any(terms.Select(t => (MatchPlan)new TermPlan(t)).ToList());
        }

        string term = analyzer.Term(unit.Text);
        highlight.Add(term);
        var options = new List<MatchPlan> { new TermPlan(term) };
        if (excluding)
        {
            return options[0];
        }

        foreach (var entry in lexicon.AcronymsFor(term))
        {
            options.Add(TermsPlan(entry.ExpansionTerms));
            highlight.UnionWith(entry.ExpansionContent);
        }

        foreach (var group in lexicon.GroupsWith(term) ?? [])
        {
            highlight.UnionWith(group.Members.Where(m => m.Length == 1).Select(m => m[0]));
        }

        if (options.Count == 1 && !vocabulary.Contains(term) && !unit.Text.Any(char.IsAsciiDigit))
        {
            var corrections = vocabulary.Corrections(unit.Text);
            options.AddRange(corrections.Select(c => (MatchPlan)new TermPlan(c.Term)));
            highlight.UnionWith(corrections.Select(c => c.Term));
            if (corrections.Count > 0)
            {
                messages.Add($"No entry has \"{unit.Text}\": searched for {string.Join(" or ", corrections.Select(c => c.Word))} instead.");
            }
        }

        return Any(options.Distinct().ToList());
    }

    private MatchPlan? Phrase(string text)
    {
        var tokens = analyzer.Tokenize(text);
        words += tokens.Count;
        if (tokens.Count == 0)
        {
            return null;
        }

        var terms = tokens.Select(t => analyzer.Term(t.Text)).ToList();
        highlight.UnionWith(terms);
        var plan = TermsPlan(terms);
        string[] content = CompiledLexicon.ContentTerms(text, analyzer);
        var acronyms = excluding ? [] : lexicon.Acronyms.Where(a => a.ExpansionContent.SequenceEqual(content)).ToList();
        return acronyms.Count == 0 ? plan : Any([.. new[] { plan }.Concat(acronyms.Select(a => TermsPlan(a.Terms))).Concat(acronyms.Select(a => new TermPlan(a.Token))).Distinct()]);
    }

    private static MatchPlan TermsPlan(IReadOnlyList<string> terms) => terms.Count == 1 ? new TermPlan(terms[0]) : new PhrasePlan(terms);

    private static MatchPlan Any(List<MatchPlan> options) => options.Count == 1 ? options[0] : new AnyPlan(options);
}
