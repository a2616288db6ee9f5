using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// Scores one option for a query and, when asked, says why in plain words. One code path for both, so a reason
/// is never shown for points not given. The order of the sums is fixed: assets/menu.js adds in the same order and
/// reaches the same doubles.
/// </summary>
internal sealed partial class OptionScorer(MenuIndex index)
{
    private readonly MenuWeights _w = index.Weights;

    /// <summary>The factor needs put on the score: 1 when the option serves a requested need (or none was asked).</summary>
    public double NeedFactor(int i, MenuQuery query)
    {
        if (query.Needs.IsEmpty || (index.NeedMask[i] & query.NeedMask) != 0)
        {
            return 1.0;
        }

        // A need read from the text is a weaker claim than one chosen, so missing it costs half as much.
        return query.NeedsImplied ? 1.0 - ((1.0 - _w.NeedMiss) * _w.ImpliedShare) : _w.NeedMiss;
    }

    public double Score(int i, MenuQuery query, List<string>? reasons)
    {
        var option = index.Options[i];
        var factor = NeedFactor(i, query);
        reasons?.Add(NeedReason(option, query));

        var topic = 0.0;
        foreach (var facet in MenuFacets.Matched)
        {
            topic += FacetScore(i, facet, query, reasons);
        }

        var locality = LocalityScore(i, query, reasons);
        topic += TextScore(i, query, reasons);
        var order = locality + _w.StatusBonus(option.Status) + _w.EvidenceBonus(option.Evidence);
        if (reasons is not null)
        {
            if (query.Topical && !(topic > 0))
            {
                reasons.Add("matches nothing in the problem you describe, so it comes after every option that does");
            }

            AddStatusAndEvidence(option, reasons);
        }

        return Round(factor * (topic + (_w.OrderGate(topic, query.Topical) * order)));
    }

    /// <summary>The option's topic score (facets and text) for the query, summed as <see cref="Score"/> sums it.</summary>
    public double Topic(int i, MenuQuery query)
    {
        var topic = 0.0;
        foreach (var facet in MenuFacets.Matched)
        {
            topic += FacetScore(i, facet, query, null);
        }

        return topic + TextScore(i, query, null);
    }

    /// <summary>Six decimals: enough to rank, and the same in C# and JavaScript whatever the last bit of a log.</summary>
    public static double Round(double score) => Math.Floor((score * 1e6) + 0.5) / 1e6;

    private double FacetScore(int i, string facet, MenuQuery query, List<string>? reasons)
    {
        var terms = index.Options[i].TermsOf(facet);
        if (terms.IsEmpty)
        {
            return 0;
        }

        var weight = _w.WeightOf(facet);
        var breadth = index.Breadth[facet][i];
        var idf = index.Idf[facet];
        var score = 0.0;
        var chosen = Match(query.Profile.TermsOf(facet), 1.0);

        var everyone = false;
        if (facet == MenuFacets.Communities && chosen is null && !query.Profile.Communities.IsEmpty
            && terms.Contains(MenuFacets.AllCommunities))
        {
            score += weight * _w.AllCommunitiesShare * idf[MenuFacets.AllCommunities] * breadth;
            everyone = true;
        }

        // Terms the profile implies rather than chooses (named in the text, committed by the gang types chosen, the
        // focus's people as an audience) count for a share of a chosen one.
        var implied = Match(query.ImpliedOf(facet), _w.ImpliedShare);
        var committed = facet == MenuFacets.CrimeTypes ? Match(query.GangCrimeTypes, _w.ImpliedShare) : null;
        var direct = facet == MenuFacets.Audiences ? Match(query.FocusAudiences, _w.ImpliedShare) : null;

        if (reasons is not null)
        {
            var start = reasons.Count;
            AddFacetReasons(facet, chosen, everyone, implied, query, reasons);
            if (committed is not null)
            {
                reasons.Add($"answers {Names(facet, committed)}, what {Names(MenuFacets.GangTypes, GangTypesCommitting(committed, query))} commit");
            }

            if (direct is not null)
            {
                reasons.Add($"works directly with {Names(facet, direct)}, your focus");
            }

            MarkInferred(index.Options[i].Inferred.Contains(facet), start, reasons);
        }

        return score;

        // The asked terms the option has, in the order asked, each added to the score in turn (menu.js adds in the same order).
        List<string>? Match(ImmutableArray<string> asked, double share)
        {
            List<string>? matched = null;
            foreach (var term in asked)
            {
                if (terms.Contains(term))
                {
                    score += weight * idf[term] * breadth * share;
                    (matched ??= []).Add(term);
                }
            }

            return matched;
        }
    }

    private double LocalityScore(int i, MenuQuery query, List<string>? reasons)
    {
        if (query.Boroughs.IsEmpty)
        {
            return 0;
        }

        var share = query.BoroughsImplied ? _w.ImpliedShare : 1.0;
        var covered = 0;
        foreach (var borough in query.Boroughs)
        {
            covered += index.Covered[i].Contains(borough) ? 1 : 0;
        }

        if (covered > 0)
        {
            if (reasons is not null)
            {
                var start = reasons.Count;
                AddLocalityReasons(i, query, [.. query.Boroughs.Where(index.Covered[i].Contains)], reasons);
                MarkInferred(index.Locality[i] != _w.Locality, start, reasons);
            }

            return index.Locality[i] * share * covered / query.Boroughs.Length;
        }

        if (index.LondonWide.Contains(i))
        {
            reasons?.Add($"not tied to particular boroughs, so open to {BoroughNames(query.Boroughs)}{Implied(query.BoroughsImplied)}");
            return _w.Locality * share * _w.LondonWideShare;
        }

        return 0;
    }

    private double TextScore(int i, MenuQuery query, List<string>? reasons)
    {
        var relevance = query.Text is null ? 0 : query.Text[i];
        if (!(relevance > 0))
        {
            return 0;
        }

        if (reasons is not null)
        {
            var words = query.TextWords.Where(w => index.StrongStems[i].Contains(w.Stem)).Select(w => $"'{w.Word}'").Take(4).ToList();
            reasons.Add(words.Count > 0 ? $"matches {string.Join(", ", words)}" : "its text matches your description");
        }

        return _w.Text * relevance;
    }
}
