using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// The menu of options (MPS response ¶52): ranks options for a commander's profile by IDF-weighted facet matches,
/// free-text relevance, locality, status and evidence, groups them by need and interleaves the groups, and says
/// why each option was chosen. Thread-safe: everything per catalog is precomputed and read-only.
/// </summary>
public sealed partial class MenuEngine : IMenuEngine
{
    private readonly MenuIndex _index;
    private readonly OptionScorer _scorer;
    private readonly PostingScorer _postings;
    private readonly MenuProfileParser _parser;
    private readonly ITextRelevance? _text;

    /// <param name="text">Free-text relevance (the site's search index); without it the text only implies facets.</param>
    public MenuEngine(MenuCatalog catalog, ITextRelevance? text = null, MenuWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _index = new MenuIndex(catalog, weights ?? MenuWeights.Default);
        _scorer = new OptionScorer(_index);
        _postings = new PostingScorer(_index, _scorer);
        _parser = new MenuProfileParser(catalog);
        _text = text;
    }

    public MenuAnswer Recommend(MenuProfile profile, int limit)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var parsed = _parser.Parse(profile);
        if (!parsed.IsValid)
        {
            return MenuAnswer.Problem(parsed.Profile, parsed.Message!);
        }

        if (limit < 1)
        {
            return MenuAnswer.Problem(parsed.Profile, $"The limit must be at least 1 (it was {limit}).");
        }

        var query = BuildQuery(parsed.Profile);
        var scores = _postings.Score(query);
        var groupNeeds = query.Needs.IsEmpty ? AllNeeds() : query.Needs;
        var groups = groupNeeds
            .Select(n => (n, (IReadOnlyList<Ranked>)Best(query, scores, limit, _index.MaskOf([n]), true, _index.NeedOrder.GetValueOrDefault(n, []))))
            .ToList();
        var others = Best(query, scores, limit, _index.MaskOf(groupNeeds), false, _index.BaseOrder);
        var flat = CoverageMerger.Merge(_index, groups, others, limit);

        var explained = new Dictionary<int, RecommendedOption>();
        RecommendedOption Explain(Ranked r, string? group) =>
            (explained.TryGetValue(r.Index, out var known) ? known : explained[r.Index] = Describe(r, query)) with { Group = group };

        var vocabulary = _index.Vocabularies[MenuFacets.Needs];
        return new MenuAnswer(
            parsed.Profile,
            [.. groups.Select(g => new MenuGroup(g.n, vocabulary.NameOf(g.n), [.. g.Item2.Select(r => Explain(r, g.n))]))],
            [.. flat.Select(f => Explain(f.Option, f.Group))],
            null);
    }

    private ImmutableArray<string> AllNeeds() =>
        [.. _index.Vocabularies[MenuFacets.Needs].Terms.Select(t => t.Slug).Where(n => _index.NeedOrder.TryGetValue(n, out var o) && o.Length > 0)];

    private RecommendedOption Describe(Ranked ranked, MenuQuery query)
    {
        var reasons = new List<string>();
        var score = _scorer.Score(ranked.Index, query, reasons);
        var o = _index.Options[ranked.Index];
        return new RecommendedOption(o.Slug, o.Title, o.Url, o.Needs, score, [.. reasons], o.Lead, o.Partners, o.Programmes, o.Evidence, o.Status, null);
    }
}
