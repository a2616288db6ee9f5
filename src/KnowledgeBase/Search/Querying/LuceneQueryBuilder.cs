using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Querying.Syntax;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Makes a parsed query into Lucene queries. Every concept the user typed (a word with its synonyms and acronym,
/// a phrase, an OR group) is required, but one of a plain list of three or more; stop words and question words are not concepts; a plain list of words may
/// fall back to entries that have most of them (see <see cref="BuiltQuery"/>). Adjacent words found near each
/// other add to the score, filters only restrict, and exclusions remove.
/// </summary>
internal sealed partial class LuceneQueryBuilder(QueryContext context)
{
    /// <summary>Queries longer than this many words are cut, so a pasted document cannot make a huge query.</summary>
    public const int MaxWords = 32;

    private readonly HashSet<string> highlight = new(StringComparer.Ordinal);
    private readonly List<string> messages = [];
    private bool keepStopWords;
    private bool excluding;
    private float conceptWeight = ConceptWeight;

    private int words;

    public BuiltQuery Build(QueryNode? query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters, bool prose = false)
    {
        conceptWeight = prose ? ProseConceptWeight : ConceptWeight;
        keepStopWords = query is not null && !HasContentWord(query, false);
        var top = new Clauses();
        // Only a plain list of words (filters aside) may fall back to some of its words; operators mean what they say.
        bool implicitAnd = query is WordNode
            || (query is AndNode { Explicit: false } and && and.Children.All(c => c is WordNode or FilterNode));
        if (query is not null)
        {
            AddTo(query, top);
        }

        foreach (var (key, values) in filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (Filter(key, string.Join(',', values)) is { } facet)
            {
                top.Filters.Add(facet);
            }
        }

        if (words > MaxWords)
        {
            messages.Add($"Only the first {MaxWords} words were searched.");
        }

        if (top.Concepts.Count == 0 && top.Filters.Count == 0)
        {
            messages.Add(top.Excluded.Count > 0
                ? "Add a word or a filter to search for: a query cannot only exclude."
                : "Type a word to search for.");
            return new BuiltQuery(null, null, 0, highlight, messages);
        }

        int concepts = top.Concepts.Count;
        int half = (concepts + 1) / 2;
        bool asked = IsQuestion(query);
        bool question = implicitAnd && asked;

        // A question's words are not all required: entries with most of them are ranked by how many they have. Of
        // three words or more, one may be missing ("list of trident boroughs" answers Trident, which never says
        // "list"), scaled by coordination below the entries that have them all.
        // Prose (the menu's problem description) needs any one of its words, ranked by how many.
        int required = prose ? 1 : question ? half : implicitAnd && concepts >= 3 ? concepts - 1 : concepts;

        // When few entries match, at most half the words and always fewer than were required ("how do I refer
        // someone to MATS", a question that required two of its three words, also finds MATS itself); when none, one.
        int few = prose ? half : Math.Max(1, Math.Min(half, required - 1));
        Func<bool, Query>? fallback = implicitAnd && concepts >= 2
            ? nothingFound => top.ToQuery(nothingFound ? 1 : few)
            : null;
        return new BuiltQuery(top.ToQuery(required), fallback, concepts, highlight, messages) { Question = asked };
    }

    internal static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "which", "where", "when", "why", "how", "is", "are", "was", "were", "can", "could",
        "do", "does", "did", "should", "will", "would", "has", "have", "any", "anyone", "anything", "there",
    };

    /// <summary>Whether a query is asked as a question: it opens with a question word or ends with a question mark.</summary>
    private static bool IsQuestion(QueryNode? query)
    {
        var words = query switch
        {
            WordNode w => [w],
            AndNode a => a.Children.OfType<WordNode>().ToList(),
            _ => [],
        };
        return words.Count > 0 && (QuestionWords.Contains(StopWords.WithoutPossessive(words[0].Text.Trim(Punctuation)).ToString()) || words[^1].Text.EndsWith('?'));
    }

    private static bool HasContentWord(QueryNode node, bool negated) => node switch
    {
        WordNode w => !negated && w.Text.Split(' ').Any(t => t.Any(char.IsLetterOrDigit) && !Analysis.StopWords.IsStopWord(t.Trim(Punctuation))),
        PhraseNode p => !negated && p.Text.Any(char.IsLetterOrDigit),
        FilterNode => !negated,
        NotNode n => HasContentWord(n.Child, true),
        AndNode a => a.Children.Any(c => HasContentWord(c, negated)),
        OrNode o => o.Children.Any(c => HasContentWord(c, negated)),
        _ => false,
    };

    private static readonly char[] Punctuation = ['?', '!', '.', ',', ';', ':', '\'', '"', '*'];

    /// <summary>Adds what a node requires and excludes to its parent's clauses.</summary>
    private void AddTo(QueryNode node, Clauses clauses)
    {
        switch (node)
        {
            case AndNode and:
                AddAnd(and.Children, clauses);
                break;
            case NotNode not:
                if (Exclusion(not.Child) is { } x)
                {
                    clauses.Excluded.Add(x);
                }

                break;
            default:
                AddAnd([node], clauses);
                break;
        }
    }

    private void AddAnd(IReadOnlyList<QueryNode> children, Clauses clauses)
    {
        var run = new List<string>();
        foreach (var child in children)
        {
            if (child is WordNode word && !IsPrefix(word.Text))
            {
                run.Add(word.Text);
                continue;
            }

            AddWords(run, clauses);
            run.Clear();
            switch (child)
            {
                case WordNode prefix:
                    clauses.Concepts.Add(Prefix(prefix.Text));
                    break;
                case NotNode or AndNode:
                    AddTo(child, clauses);
                    break;
                case OrNode or:
                    if (Either(or) is { } any)
                    {
                        clauses.Concepts.Add(any);
                    }

                    break;
                case PhraseNode phrase:
                    if (Phrase(phrase.Text) is { } p)
                    {
                        clauses.Concepts.Add(p);
                    }

                    break;
                case FilterNode filter:
                    if (Filter(filter.Key, filter.Value) is { } f)
                    {
                        clauses.Filters.Add(f);
                    }

                    break;
            }
        }

        AddWords(run, clauses);
    }

    private Query? Either(OrNode or)
    {
        var options = new List<Query>();
        foreach (var child in or.Children)
        {
            if (child is NotNode)
            {
                messages.Add("An exclusion inside OR was ignored.");
                continue;
            }

            var clauses = new Clauses();
            AddTo(child, clauses);
            if (clauses.Concepts.Count > 0 || clauses.Filters.Count > 0)
            {
                options.Add(clauses.ToQuery(clauses.Concepts.Count));
            }
        }

        return options.Count == 0 ? null : FieldQueries.AnyOf(options);
    }

    private Query? Exclusion(QueryNode node)
    {
        var clauses = new Clauses();
        bool keep = keepStopWords;
        keepStopWords = false;
        excluding = true;
        AddTo(node, clauses);
        excluding = false;
        keepStopWords = keep;
        return clauses.Concepts.Count > 0 || clauses.Filters.Count > 0 ? clauses.ToQuery(clauses.Concepts.Count) : null;
    }

    /// <summary>The parts of one AND: required concepts, score-only boosts, filters and exclusions.</summary>
    private sealed class Clauses
    {
        public List<Query> Concepts { get; } = [];

        public List<Query> Boosts { get; } = [];

        public List<Query> Filters { get; } = [];

        public List<Query> Excluded { get; } = [];

        /// <summary>The words already made into concepts: a word typed twice ("boroughs ... boroughs") counts once.</summary>
        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        /// <summary>The clauses as one query, matching entries with at least <paramref name="minimum"/> concepts.</summary>
        public Query ToQuery(int minimum)
        {
            var outer = new BooleanQuery(disableCoord: true);
            if (Concepts.Count > 0)
            {
                // Coord on: an entry matching fewer concepts (in a fallback) is scaled by its share of them.
                var concepts = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = Math.Min(minimum, Concepts.Count) };
                foreach (var concept in Concepts)
                {
                    concepts.Add(concept, Occur.SHOULD);
                }

                outer.Add(concepts, Occur.MUST);
            }

            foreach (var boost in Boosts)
            {
                outer.Add(boost, Occur.SHOULD);
            }

            foreach (var filter in Filters)
            {
                outer.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
            }

            foreach (var excluded in Excluded)
            {
                outer.Add(excluded, Occur.MUST_NOT);
            }

            return outer;
        }
    }
}
