using System.Collections.Frozen;
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
    private readonly QueryScratchPool _scratch;
    private readonly ImmutableArray<string> _allNeeds;

    /// <param name="text">Free-text relevance (the site's search index); without it the text only implies facets.</param>
    public MenuEngine(MenuCatalog catalog, ITextRelevance? text = null, MenuWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _index = new MenuIndex(catalog, weights ?? MenuWeights.Default);
        _scorer = new OptionScorer(_index);
        _postings = new PostingScorer(_index, _scorer);
        _parser = new MenuProfileParser(catalog);
        _text = text;
        _scratch = new QueryScratchPool(_index.Count);
        _allNeeds = AllNeeds();
        _audiences = _index.Vocabularies[MenuFacets.Audiences].Terms.Select(t => t.Slug).ToFrozenSet(StringComparer.Ordinal);
    }

    public MenuAnswer Recommend(MenuProfile profile, int limit)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var parsed = _parser.Parse(profile);
        // A problem answer still says how the values it understood were read, as menu.js does.
        if (!parsed.IsValid)
        {
            return MenuAnswer.Problem(parsed.Profile, parsed.Message!) with { Readings = parsed.Readings };
        }

        if (limit < 1)
        {
            return MenuAnswer.Problem(parsed.Profile, $"The limit must be at least 1 (it was {limit}).") with { Readings = parsed.Readings };
        }

        // The catalog-sized arrays come from the engine's pool and go back once every score has been read
        // (Describe reads query.Text, which lives in the scratch). A query that throws drops its scratch.
        var scratch = _scratch.Rent();
        var answer = Answer(parsed.Profile, limit, scratch);
        _scratch.Return(scratch);
        return answer with { Readings = parsed.Readings };
    }

    private MenuAnswer Answer(MenuProfile profile, int limit, QueryScratch scratch)
    {
        var query = BuildQuery(profile, scratch);
        var scores = _postings.Score(query, scratch);
        var groupNeeds = query.Needs.IsEmpty ? _allNeeds : query.Needs;
        // An option serving several requested needs is shown once, in the first of its needs' groups: each group
        // ranks enough options to fill its slots after the earlier groups have taken theirs.
        var groups = new List<(string Need, IReadOnlyList<Ranked> Options)>(groupNeeds.Length);
        var shown = new HashSet<int>();
        foreach (var n in groupNeeds)
        {
            var order = _index.NeedOrder.TryGetValue(n, out var o) ? o : [];
            var ranked = Best(query, scores, limit * groupNeeds.Length, _index.NeedBits.GetValueOrDefault(n), true, order);
            groups.Add((n, ranked.Where(r => shown.Add(r.Index)).Take(limit).ToArray()));
        }

        var others = Best(query, scores, limit, _index.MaskOf(groupNeeds), false, _index.BaseOrder.AsSpan());
        var flat = CoverageMerger.Merge(_index, groups, others, limit);

        var explained = new Dictionary<int, RecommendedOption>();
        RecommendedOption Explain(Ranked r, string? group) =>
            (explained.TryGetValue(r.Index, out var known) ? known : explained[r.Index] = Describe(r, query)) with { Group = group };

        var vocabulary = _index.Vocabularies[MenuFacets.Needs];
        var menuGroups = ImmutableArray.CreateBuilder<MenuGroup>(groups.Count);
        foreach (var (need, options) in groups)
        {
            var explainedOptions = ImmutableArray.CreateBuilder<RecommendedOption>(options.Count);
            foreach (var r in options)
            {
                explainedOptions.Add(Explain(r, need));
            }

            menuGroups.Add(new MenuGroup(need, vocabulary.NameOf(need), explainedOptions.MoveToImmutable()));
        }

        var menuOptions = ImmutableArray.CreateBuilder<RecommendedOption>(flat.Count);
        foreach (var (option, group) in flat)
        {
            menuOptions.Add(Explain(option, group));
        }

        return new MenuAnswer(profile, menuGroups.MoveToImmutable(), menuOptions.MoveToImmutable(), null);
    }

    private ImmutableArray<string> AllNeeds() =>
        [.. _index.Vocabularies[MenuFacets.Needs].Terms.Select(t => t.Slug).Where(n => _index.NeedOrder.TryGetValue(n, out var o) && o.Length > 0)];

    private RecommendedOption Describe(Ranked ranked, MenuQuery query)
    {
        var reasons = new List<string>();
        var score = _scorer.Score(ranked.Index, query, reasons);
        var o = _index.Options[ranked.Index];
        return new RecommendedOption(o.Slug, o.Title, o.Url, o.Needs, score, [.. reasons], o.Lead, o.Partners, o.Programmes, o.Evidence, o.Status, null)
        {
            Summary = o.Summary,
            LeadContact = o.LeadContact,
            Inferred = o.Inferred,
        };
    }
}
