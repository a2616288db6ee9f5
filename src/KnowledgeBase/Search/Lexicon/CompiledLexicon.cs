using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Lexicon;

/// <summary>The lexicon analysed once, with lookups for the index writer and the query planner.</summary>
internal sealed class CompiledLexicon
{
    private readonly Dictionary<string, List<AcronymEntry>> acronymsByTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AcronymEntry>> acronymsByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SynonymGroup>> groupsByTerm = new(StringComparer.Ordinal);

    public CompiledLexicon(SearchLexicon lexicon, TextAnalyzer analyzer)
    {
        Source = lexicon;
        var groups = new List<SynonymGroup>();
        foreach (var group in lexicon.Synonyms)
        {
            var members = new List<string[]>();
            foreach (string phrase in group)
            {
                string[] content = ContentTerms(phrase, analyzer);
                if (content.Length > 0 && !members.Any(m => m.SequenceEqual(content)))
                {
                    members.Add(content);
                }
            }

            if (members.Count > 1)
            {
                var compiled = new SynonymGroup(members);
                groups.Add(compiled);
                foreach (var single in members.Where(m => m.Length == 1))
                {
                    Add(groupsByTerm, single[0], compiled);
                }
            }
        }

        Groups = groups;
        var acronyms = new List<AcronymEntry>();
        foreach (var g in lexicon.Glossary)
        {
            var written = Tokenizer.Tokenize(g.Acronym);
            string[] content = ContentTerms(g.Expansion, analyzer);
            if (written.Count == 0 || content.Length == 0)
            {
                continue;
            }

            var entry = new AcronymEntry(
                written.Select(t => t.Original(g.Acronym).Replace("\u2019", "'", StringComparison.Ordinal)).ToArray(),
                written.Select(t => analyzer.Term(t.Text)).ToArray(),
                analyzer.Terms(g.Expansion).ToArray(),
                content);
            acronyms.Add(entry);
            Add(acronymsByFirstWord, written[0].Text, entry);
            if (entry.Terms.Length == 1)
            {
                Add(acronymsByTerm, entry.Terms[0], entry);
            }
        }

        Acronyms = acronyms;
        Phrases = BuildPhrases(groups, acronyms);
    }

    public SearchLexicon Source { get; }

    public IReadOnlyList<SynonymGroup> Groups { get; }

    public IReadOnlyList<AcronymEntry> Acronyms { get; }

    /// <summary>Phrases to find in running text (multi-word synonyms, expansions, multi-word acronyms) by first term, longest first.</summary>
    public IReadOnlyDictionary<string, List<LexiconPhrase>> Phrases { get; }

    /// <summary>Glossary entries whose acronym is this one term ("ppo").</summary>
    public IReadOnlyList<AcronymEntry> AcronymsFor(string term) =>
        acronymsByTerm.TryGetValue(term, out var list) ? list : [];

    /// <summary>Synonym groups with this one term as a member.</summary>
    public List<SynonymGroup>? GroupsWith(string term) => groupsByTerm.GetValueOrDefault(term);

    /// <summary>Glossary entries whose acronym starts with this folded word ("ggw" for "GGW RB").</summary>
    public List<AcronymEntry>? AcronymsStartingWith(ReadOnlySpan<char> folded) =>
        acronymsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var list) ? list : null;

    /// <summary>The terms of a phrase without stop words: how lexicon phrases are compared.</summary>
    public static string[] ContentTerms(string text, TextAnalyzer analyzer) =>
        analyzer.Tokenize(text).Where(t => !TextAnalyzer.IsStopWord(t.Text)).Select(t => analyzer.Term(t.Text)).ToArray();

    private static Dictionary<string, List<LexiconPhrase>> BuildPhrases(List<SynonymGroup> groups, List<AcronymEntry> acronyms)
    {
        var phrases = new Dictionary<string, List<LexiconPhrase>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var member in group.Members.Where(m => m.Length > 1))
            {
                Add(phrases, member[0], new LexiconPhrase(member, group, null, false));
            }
        }

        foreach (var a in acronyms)
        {
            if (a.ExpansionContent.Length > 0)
            {
                Add(phrases, a.ExpansionContent[0], new LexiconPhrase(a.ExpansionContent, null, a, true));
            }

            if (a.Terms.Length > 1)
            {
                Add(phrases, a.Terms[0], new LexiconPhrase(a.Terms, null, a, false));
            }
        }

        // A stable order (LINQ's sort is stable; List.Sort is not), so search.js picks the same phrase on ties.
        foreach (string key in phrases.Keys.ToList())
        {
            phrases[key] = phrases[key].OrderByDescending(p => p.Terms.Length)
                .ThenBy(p => LexiconToken.Join(p.Terms), StringComparer.Ordinal).ToList();
        }

        return phrases;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
