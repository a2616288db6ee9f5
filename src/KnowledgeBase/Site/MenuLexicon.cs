using System.Collections.Immutable;
using KnowledgeBase.Menu;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Site;

/// <summary>
/// Gives each menu term the words search already treats as meaning it: a synonym group or glossary entry one of
/// whose members analyses (with the search's own analyzer) to the term's name, slug or an alias lends the term
/// its other members ("knife crime" brings "stabbed", "blades"; "Prolific and Priority Offenders" brings "PPO").
/// The words go into the catalog's aliases, so the C# menu, menu-data.json and the browser's menu.js all read
/// the commander's words the way search does, without a second analyzer in the browser. A word that is another term's
/// own (its slug, name or an alias the editors gave it) is never lent: "pupils", an alias of both young people and
/// schools, must not carry the schools' "teachers" to young people.
/// </summary>
internal static class MenuLexicon
{
    public static ImmutableArray<MenuVocabulary> Expand(ImmutableArray<MenuVocabulary> vocabularies, SearchLexicon lexicon)
    {
        using var analyzer = new ManualAnalyzer(null, query: false);
        var groups = lexicon.Synonyms.Select(g => g.ToList())
            .Concat(lexicon.Glossary.Select(t => new List<string> { t.Acronym, t.Expansion }))
            .Select(g => (Members: g, Analysed: g.Select(m => Analyse(analyzer, m)).ToList()))
            .ToList();

        return [.. vocabularies.Select(v => v with { Terms = [.. v.Terms.Select(t => Expand(t, groups, analyzer, OthersKeys(v, t)))] })];
    }

    /// <summary>The keys of the vocabulary's other terms' own words, which <paramref name="term"/> may not borrow.</summary>
    private static HashSet<string> OthersKeys(MenuVocabulary vocabulary, MenuTerm term)
    {
        var own = Keys(term).ToHashSet(StringComparer.Ordinal);
        return vocabulary.Terms.Where(t => t.Slug != term.Slug).SelectMany(Keys).Where(k => !own.Contains(k)).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Keys(MenuTerm term) => new[] { term.Slug, term.Name }.Concat(term.Aliases).Select(MenuText.Key);

    private static MenuTerm Expand(MenuTerm term, List<(List<string> Members, List<string> Analysed)> groups, ManualAnalyzer analyzer, HashSet<string> others)
    {
        var own = new[] { term.Slug.Replace('-', ' '), term.Name }.Concat(term.Aliases).Select(k => Analyse(analyzer, k)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var known = Keys(term).Concat(others).ToHashSet(StringComparer.Ordinal);
        var aliases = term.Aliases.ToBuilder();
        foreach (var (members, analysed) in groups)
        {
            if (!analysed.Any(own.Contains))
            {
                continue;
            }

            foreach (var member in members.Where(m => known.Add(MenuText.Key(m))))
            {
                aliases.Add(member);
            }
        }

        return term with { Aliases = aliases.ToImmutable() };
    }

    /// <summary>The analysed terms of a phrase, space-joined: the form in which search compares words.</summary>
    private static string Analyse(ManualAnalyzer analyzer, string phrase)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", phrase);
        var attribute = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return string.Join(' ', terms);
    }
}
