namespace KnowledgeBase.Menu;

/// <summary>
/// Scores a query term by term over the postings, touching only the options a term names: the fast path that
/// ranks. <see cref="OptionScorer"/> scores one option at a time and says why; the two add the same products in
/// the same order, so they reach the same doubles (a test compares them on every scenario).
/// </summary>
internal sealed class PostingScorer(MenuIndex index, OptionScorer scorer)
{
    private readonly MenuWeights _w = index.Weights;

    public Candidates Score(MenuQuery query)
    {
        var n = index.Count;
        var candidates = new Candidates(n);
        var total = new double[n];
        var facet = new FacetAccumulator(n);
        foreach (var key in MenuFacets.Matched)
        {
            var postings = index.Postings[key];
            var idf = index.Idf[key];
            var breadth = index.Breadth[key];
            var weight = _w.WeightOf(key);
            foreach (var term in query.Profile.TermsOf(key))
            {
                facet.Add(postings.GetValueOrDefault(term), weight * idf[term], breadth, null, chosen: true);
            }

            if (key == MenuFacets.Communities && !query.Profile.Communities.IsEmpty
                && postings.TryGetValue(MenuFacets.AllCommunities, out var everyone))
            {
                facet.AddUnlessChosen(everyone, weight * _w.AllCommunitiesShare * idf[MenuFacets.AllCommunities], breadth);
            }

            foreach (var term in query.ImpliedOf(key))
            {
                facet.Add(postings.GetValueOrDefault(term), weight * idf[term], breadth, _w.ImpliedShare, chosen: false);
            }

            if (key == MenuFacets.Audiences)
            {
                foreach (var term in query.FocusAudiences)
                {
                    facet.Add(postings.GetValueOrDefault(term), weight * idf[term], breadth, _w.ImpliedShare, chosen: false);
                }
            }

            facet.FlushInto(total, candidates);
        }

        AddLocality(query, candidates, total);
        if (query.Text is not null)
        {
            for (var i = 0; i < n; i++)
            {
                if (query.Text[i] > 0)
                {
                    candidates.Touch(i);
                    total[i] += _w.Text * query.Text[i];
                }
            }
        }

        foreach (var i in candidates.Touched)
        {
            var relevance = total[i];
            relevance += _w.StatusBonus(index.Options[i].Status);
            relevance += _w.EvidenceBonus(index.Options[i].Evidence);
            candidates.Scores[i] = OptionScorer.Round(scorer.NeedFactor(i, query) * relevance);
        }

        return candidates;
    }

    private void AddLocality(MenuQuery query, Candidates candidates, double[] total)
    {
        if (query.Boroughs.IsEmpty)
        {
            return;
        }

        var share = query.BoroughsImplied ? _w.ImpliedShare : 1.0;
        var covered = new int[index.Count];
        var local = new List<int>();
        foreach (var borough in query.Boroughs)
        {
            foreach (var i in index.BoroughPostings.GetValueOrDefault(borough) ?? [])
            {
                if (covered[i]++ == 0)
                {
                    local.Add(i);
                }
            }
        }

        foreach (var i in local)
        {
            candidates.Touch(i);
            total[i] += _w.Locality * share * covered[i] / query.Boroughs.Length;
        }

        foreach (var i in index.LondonWide)
        {
            candidates.Touch(i);
            total[i] += _w.Locality * share * _w.LondonWideShare;
        }
    }
}
