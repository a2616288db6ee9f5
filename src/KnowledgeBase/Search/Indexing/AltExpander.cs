using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Finds lexicon words in a document's text and collects what they stand for: the other members of a synonym
/// group, an acronym's expansion, an expansion's acronym, a hyphenated compound written solid.
/// </summary>
/// <remarks>
/// Note: expanding at index time into a low-weight column is what lets bm25 rank an expansion below the exact
/// word with one MATCH; expanding synonyms at query time would give every synonym the weight of the word typed.
/// One pass over the words, whose facts the build's <see cref="TermTable"/> worked out once, keeps a 10,000-entry
/// build fast.
/// </remarks>
internal sealed class AltExpander(TextAnalyzer analyzer, CompiledLexicon lexicon)
{
    private readonly Dictionary<SynonymGroup, bool> found = new(ReferenceEqualityComparer.Instance);
    /// <summary>The text's words but stop words, by number in the tokens' <see cref="WordCache"/>.</summary>
    private readonly List<int> content = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Collect(string text, TokenBuffer tokens, SortedSet<string> alt)
    {
        var words = tokens.Words;
        content.Clear();
        for (int i = 0; i < tokens.Count; i++)
        {
            int word = tokens[i].Word;
            byte flags = words.Flags(word);
            if ((flags & WordCache.Stop) == 0)
            {
                content.Add(word);
            }

            if (tokens[i].Hyphenated && i > 0)
            {
                alt.Add(analyzer.Term(words.Shared(tokens[i - 1].Word).Folded + words.Shared(word).Folded));
            }

            if ((flags & WordCache.HasAcronyms) != 0)
            {
                CollectAcronymAt(text, tokens, i, words.Shared(word).Acronyms!, alt);
            }
        }

        // Note: index loops over concrete lists, no LINQ: this runs for every word of every entry.
        for (int i = 0; i < content.Count; i++)
        {
            if ((words.Flags(content[i]) & WordCache.InLexicon) == 0)
            {
                continue;
            }

            string term = words.Shared(content[i]).Term.Text;
            if (lexicon.GroupsWith(term) is { } groups)
            {
                for (int g = 0; g < groups.Count; g++)
                {
                    Found(groups[g]);
                }
            }

            if (lexicon.Phrases.TryGetValue(term, out var phrases))
            {
                for (int p = 0; p < phrases.Count; p++)
                {
                    if (StartsAt(words, content, i, phrases[p].Terms))
                    {
                        CollectPhrase(phrases[p], alt);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Adds every member of each synonym group found since the last call, then forgets them. Members the entry
    /// itself uses are added too: a multi-word member's token then marks every entry that says it in any of the
    /// group's ways, and single words the entry has are dropped later as exact matches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Flush(SortedSet<string> alt)
    {
        foreach (var group in found.Keys)
        {
            foreach (var member in group.Members)
            {
                alt.Add(SynonymGroup.TokenOf(member));
            }
        }

        found.Clear();
    }

    private void CollectPhrase(LexiconPhrase phrase, SortedSet<string> alt)
    {
        if (phrase.Group is not null)
        {
            Found(phrase.Group);
        }
        else if (phrase.Acronym is { } entry && phrase.IsExpansion)
        {
            alt.Add(entry.Token);
            alt.UnionWith(entry.Terms);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CollectAcronymAt(string text, TokenBuffer tokens, int i, List<AcronymEntry> candidates, SortedSet<string> alt)
    {
        for (int c = 0; c < candidates.Count; c++)
        {
            var entry = candidates[c];
            if (WrittenAt(text, tokens, i, entry.Written))
            {
                alt.Add(entry.ExpansionToken);
                alt.UnionWith(entry.ExpansionContent);
            }
        }
    }

    private void Found(SynonymGroup group) => found[group] = true;

    /// <summary>True when the acronym is written here, case and all (its last word may take a plural "s": "PPOs").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool WrittenAt(string text, TokenBuffer tokens, int i, string[] written)
    {
        if (i + written.Length > tokens.Count)
        {
            return false;
        }

        for (int k = 0; k < written.Length; k++)
        {
            ref readonly var token = ref tokens[i + k];
            var original = text.AsSpan(token.Start, token.End - token.Start);
            bool last = k == written.Length - 1;
            bool same = original.SequenceEqual(written[k])
                || (last && original.Length == written[k].Length + 1 && original[^1] == 's' && original[..^1].SequenceEqual(written[k]));
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool StartsAt(WordCache words, List<int> sequence, int i, string[] phrase)
    {
        if (i + phrase.Length > sequence.Count)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (words.Shared(sequence[i + k]).Term.Text != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
