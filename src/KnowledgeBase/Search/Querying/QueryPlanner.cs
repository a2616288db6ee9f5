using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Querying.Plans;
using KnowledgeBase.Search.Querying.Syntax;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Turns a parsed query into index terms: drops stop words (unless nothing else is left), expands acronyms both
/// ways, adds lexicon phrases as alternatives, corrects words the index does not know, expands prefixes, and
/// resolves filters. Ported step by step to search.js.
/// </summary>
internal sealed partial class QueryPlanner(TextAnalyzer analyzer, CompiledLexicon lexicon, IndexVocabulary vocabulary, FacetCatalog catalog)
{
    /// <summary>Queries longer than this many words are cut, so a pasted document cannot make a huge expression.</summary>
    public const int MaxWords = 32;

    private readonly HashSet<string> highlight = new(StringComparer.Ordinal);
    private readonly List<string> messages = [];
    private bool keepStopWords;
    private int words;

    public PlannedQuery Plan(QueryNode? query, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters)
    {
        keepStopWords = query is not null && !HasContentWord(query, false);
        var required = new List<MatchPlan>();
        var excluded = new List<MatchPlan>();
        // Only a plain list of words (filters aside) may fall back to some of its words; operators mean what they say.
        bool implicitAnd = query is WordNode
            || (query is AndNode { Explicit: false } and && and.Children.All(c => c is WordNode or FilterNode));
        if (query is not null)
        {
            AddTo(query, required, excluded);
        }

        var concepts = required.Where(p => p is not FacetPlan).ToList();
        foreach (var (key, values) in filters ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            if (Filter(key, string.Join(',', values)) is { } facet)
            {
                required.Add(facet);
            }
        }

        if (words > MaxWords)
        {
            messages.Add($"Only the first {MaxWords} words were searched.");
        }

        if (required.Count == 0)
        {
            messages.Add(excluded.Count > 0
                ? "Add a word or a filter to search for: a query cannot only exclude."
                : "Type a word to search for.");
            return new PlannedQuery(null, null, [], highlight, messages);
        }

        var plan = new AllPlan(required, excluded);
        MatchPlan? fallback = null;
        if (implicitAnd && concepts.Count >= 2)
        {
            var rest = required.Where(p => p is FacetPlan).Prepend(new AnyPlan(concepts)).ToList();
            fallback = new AllPlan(rest, excluded);
        }

        return new PlannedQuery(plan, fallback, concepts, highlight, messages);
    }

    private static bool HasContentWord(QueryNode node, bool negated) => node switch
    {
        WordNode w => !negated && Tokenizer.Tokenize(w.Text).Any(t => !TextAnalyzer.IsStopWord(t.Text)),
        PhraseNode p => !negated && Tokenizer.Tokenize(p.Text).Count > 0,
        FilterNode => !negated,
        NotNode n => HasContentWord(n.Child, true),
        AndNode a => a.Children.Any(c => HasContentWord(c, negated)),
        OrNode o => o.Children.Any(c => HasContentWord(c, negated)),
        _ => false,
    };

    /// <summary>Adds what a node requires and excludes to its parent AND.</summary>
    private void AddTo(QueryNode node, List<MatchPlan> required, List<MatchPlan> excluded)
    {
        switch (node)
        {
            case AndNode and:
                AddAnd(and.Children, required, excluded);
                break;
            case NotNode not:
                if (Exclusion(not.Child) is { } x)
                {
                    excluded.Add(x);
                }

                break;
            default:
                AddAnd([node], required, excluded);
                break;
        }
    }

    private void AddAnd(IReadOnlyList<QueryNode> children, List<MatchPlan> required, List<MatchPlan> excluded)
    {
        var run = new List<Unit>();
        foreach (var child in children)
        {
            if (child is WordNode word)
            {
                run.AddRange(UnitsOf(word.Text));
                continue;
            }

            required.AddRange(Concepts(run));
            run.Clear();
            switch (child)
            {
                case NotNode or AndNode:
                    AddTo(child, required, excluded);
                    break;
                case OrNode or:
                    if (Either(or) is { } any)
                    {
                        required.Add(any);
                    }

                    break;
                case PhraseNode phrase:
                    if (Phrase(phrase.Text) is { } p)
                    {
                        required.Add(p);
                    }

                    break;
                case FilterNode filter:
                    if (Filter(filter.Key, filter.Value) is { } f)
                    {
                        required.Add(f);
                    }

                    break;
            }
        }

        required.AddRange(Concepts(run));
    }

    private MatchPlan? Either(OrNode or)
    {
        var options = new List<MatchPlan>();
        foreach (var child in or.Children)
        {
            if (child is NotNode)
            {
                messages.Add("An exclusion inside OR was ignored.");
                continue;
            }

            var required = new List<MatchPlan>();
            var excluded = new List<MatchPlan>();
            AddTo(child, required, excluded);
            if (required.Count > 0)
            {
                options.Add(required.Count == 1 && excluded.Count == 0 ? required[0] : new AllPlan(required, excluded));
            }
        }

        return options.Count switch { 0 => null, 1 => options[0], _ => new AnyPlan(options) };
    }

    private MatchPlan? Exclusion(QueryNode node)
    {
        var required = new List<MatchPlan>();
        var excluded = new List<MatchPlan>();
        bool keep = keepStopWords;
        keepStopWords = false;
        excluding = true;
        AddTo(node, required, excluded);
        excluding = false;
        keepStopWords = keep;
        return required.Count switch
        {
            0 => null,
            1 when excluded.Count == 0 => required[0],
            _ => new AllPlan(required, excluded),
        };
    }
}
