namespace KnowledgeBase.Menu;

/// <summary>
/// Scores a query term by term over the postings, touching only the options a term names: the fast path that
/// ranks. <see cref="OptionScorer"/> scores one option at a time and says why; the two add the same products in
/// the same order, so they reach the same doubles (a test compares them on every scenario).
/// </summary>
internal sealed class PostingScorer(MenuIndex index, OptionScorer scorer)
{
    private readonly MenuWeights _w = index.Weights;

    /// <summary>Scores the query's candidates in <paramref name="scratch"/>, which must be clean (fresh or reset).</summary>
    public Candidates Score(MenuQuery query, QueryScratch scratch)
    {
        var n = index.Count;
        var candidates = scratch.Candidates;
        var total = scratch.Total;
        var facet = scratch.Facet;
        foreach (var key in MenuFacets.Matched)
        {
            var postings = index.Postings[key];
            var idf = index.Idf[key];
            var breadth = index.Breadth[key];
            var weight = _w.WeightOf(key);

            // A term no option carries has no IDF and no postings: it adds nothing, and must not throw.
            foreach (var term in query.Profile.TermsOf(key))
            {
                facet.Add(postings.GetValueOrDefault(term), weight * idf.GetValueOrDefault(term), breadth, null, chosen: true);
            }

            if (key == MenuFacets.Communities && !query.Profile.Communities.IsEmpty
                && postings.TryGetValue(MenuFacets.AllCommunities, out var everyone))
            {
                facet.AddUnlessChosen(everyone, weight * _w.AllCommunitiesShare * idf[MenuFacets.AllCommunities], breadth);
            }

            foreach (var term in query.ImpliedOf(key))
            {
                facet.Add(postings.GetValueOrDefault(term), weight * idf.GetValueOrDefault(term), breadth, _w.ImpliedShare, chosen: false);
            }

            if (key == MenuFacets.CrimeTypes)
            {
                foreach (var term in query.GangCrimeTypes)
                {
                    facet.Add(postings.GetValueOrDefault(term), weight * idf.GetValueOrDefault(term), breadth, _w.ImpliedShare, chosen: false);
                }
            }

            if (key == MenuFacets.Audiences)
            {
                foreach (var term in query.FocusAudiences)
                {
                    facet.Add(postings.GetValueOrDefault(term), weight * idf.GetValueOrDefault(term), breadth, _w.ImpliedShare, chosen: false);
                }
            }

            facet.FlushInto(total, candidates);
        }

        TouchLocal(query, scratch);
        if (query.Text is { } text)
        {
            for (var i = 0; i < n; i++)
            {
                if (text[i] > 0)
                {
                    candidates.Touch(i);
                    total[i] += _w.Text * text[i];
                }
            }
        }

        var options = index.Options;
        var scores = candidates.Scores;
        var boroughs = query.Boroughs.Length;
        var share = query.BoroughsImplied ? _w.ImpliedShare : 1.0;
        var covered = scratch.Covered;
        foreach (var i in candidates.Touched)
        {
            var topic = total[i];
            var locality = boroughs == 0 ? 0
                : covered[i] > 0 ? index.Locality[i] * share * covered[i] / boroughs
                : index.IsLondonWide[i] ? _w.Locality * share * _w.LondonWideShare
                : 0;
            var order = locality + _w.StatusBonus(options[i].Status) + _w.EvidenceBonus(options[i].Evidence);
            candidates.Topic[i] = topic;
            candidates.AnyOnTopic |= topic > 0;
            scores[i] = OptionScorer.Round(scorer.NeedFactor(i, query) * (topic + (_w.OrderGate(topic, query.Topical) * order)));
        }

        return candidates;
    }

    /// <summary>Counts the asked boroughs each option covers and touches every option locality may order.</summary>
    private void TouchLocal(MenuQuery query, QueryScratch scratch)
    {
        if (query.Boroughs.IsEmpty)
        {
            return;
        }

        var candidates = scratch.Candidates;
        var covered = scratch.Covered;
        var local = scratch.Local;
        foreach (var borough in query.Boroughs)
        {
            if (!index.BoroughPostings.TryGetValue(borough, out var postings))
            {
                continue;
            }

            foreach (var i in postings)
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
        }

        foreach (var i in index.LondonWide)
        {
            // London-wide work a programme runs in the borough asked already scored as local above.
            if (covered[i] > 0)
            {
                continue;
            }

            candidates.Touch(i);
        }
    }
}
