using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

public sealed partial class MenuEngine
{
    private readonly FrozenSet<string> _audiences;

    /// <summary>The query for a parsed profile, with its own text array (for tests and one-off use).</summary>
    internal MenuQuery BuildQuery(MenuProfile profile) => BuildQuery(profile, null);

    /// <summary>The query for a parsed profile; its text array is the scratch's when one is given.</summary>
    internal MenuQuery BuildQuery(MenuProfile profile, QueryScratch? scratch)
    {
        var detectedWords = new Dictionary<string, string>(StringComparer.Ordinal);
        var detected = profile.Text.Length == 0
            ? FrozenDictionary<string, ImmutableArray<string>>.Empty
            : _index.Phrases.Detect(profile.Text, detectedWords);
        ImmutableArray<string> Detected(string facet) => detected.TryGetValue(facet, out var t) ? t : [];

        // A term the text names counts only where the commander did not choose it already.
        var implied = MenuFacets.Matched
            .Select(f => (f, Terms: Detected(f).Where(t => !profile.TermsOf(f).Contains(t)).ToImmutableArray()))
            .Where(p => !p.Terms.IsEmpty)
            .ToFrozenDictionary(p => p.f, p => p.Terms, StringComparer.Ordinal);

        var words = MenuText.Words(profile.Text).Where(w => !MenuStopWords.Contains(w))
            .Select(w => (Word: w, Stem: MenuText.Stem(w)))
            .DistinctBy(w => w.Stem)
            .ToImmutableArray();

        var audiences = _audiences;
        var focusAudiences = profile.Focus
            .Where(f => audiences.Contains(f) && !profile.Audiences.Contains(f) && !implied.GetValueOrDefault(MenuFacets.Audiences, []).Contains(f))
            .ToImmutableArray();

        var gangCrimeTypes = profile.CrimeTypes.IsEmpty && !implied.ContainsKey(MenuFacets.CrimeTypes)
            ? GangCrimeTypes(profile.GangTypes)
            : [];

        var needs = profile.Needs.IsEmpty ? Detected(MenuFacets.Needs) : profile.Needs;
        var topical = profile.Text.Length > 0 || implied.Count > 0 || !focusAudiences.IsEmpty
            || MenuFacets.Matched.Any(f => !profile.TermsOf(f).IsEmpty);
        return new MenuQuery
        {
            NeedMask = _index.MaskOf(needs),
            FocusAudiences = focusAudiences,
            GangCrimeTypes = gangCrimeTypes,
            Profile = profile,
            Needs = needs,
            NeedsImplied = profile.Needs.IsEmpty && !Detected(MenuFacets.Needs).IsEmpty,
            Implied = implied,
            Boroughs = profile.Boroughs.IsEmpty ? Detected(MenuFacets.Boroughs) : profile.Boroughs,
            BoroughsImplied = profile.Boroughs.IsEmpty && !Detected(MenuFacets.Boroughs).IsEmpty,
            Text = profile.Text.Length == 0 || _text is null ? null : TextByIndex(_text.Score(profile.Text), scratch),
            TextWords = words,
            Topical = topical,
            ImpliedWords = detectedWords, // per query and small: freezing it would cost more than its lookups save
        };
    }

    /// <summary>The crime types of the gang types, in the crime types' published order.</summary>
    private ImmutableArray<string> GangCrimeTypes(ImmutableArray<string> gangTypes)
    {
        if (gangTypes.IsEmpty)
        {
            return [];
        }

        var committed = _index.Vocabularies[MenuFacets.GangTypes].Terms
            .Where(t => t.CrimeType is not null && gangTypes.Contains(t.Slug))
            .Select(t => t.CrimeType!)
            .ToHashSet(StringComparer.Ordinal);
        return [.. _index.Vocabularies[MenuFacets.CrimeTypes].Terms.Select(t => t.Slug).Where(committed.Contains)];
    }

    private double[] TextByIndex(IReadOnlyDictionary<string, double> relevance, QueryScratch? scratch)
    {
        var text = scratch?.Text ?? new double[_index.Count];
        foreach (var (slug, value) in relevance)
        {
            if (_index.IndexOf.TryGetValue(slug, out var i) && value > 0)
            {
                text[i] = Math.Min(value, 1.0);
                scratch?.TextSet.Add(i);
            }
        }

        return text;
    }

    /// <summary>
    /// The best options whose needs pass a mask test: every touched one, then untouched ones in base order until
    /// enough. When the profile says what the problem is and some option matches it, options matching nothing of
    /// it are left out (untouched ones never match): a commander is not offered MAPPA for knife crime because it
    /// runs in Croydon. Base order is by unrounded base, so untouched options whose rounded scores tie with the last one
    /// taken are offered too: the tie is then broken by title, as everywhere else.
    /// </summary>
    private Ranked[] Best(MenuQuery query, Candidates candidates, int limit, ulong mask, bool serving, ReadOnlySpan<int> baseOrder)
    {
        var top = new TopList(_index, limit);
        var needMask = _index.NeedMask;
        var scores = candidates.Scores;
        var onTopicOnly = query.Topical && candidates.AnyOnTopic;
        foreach (var i in candidates.Touched)
        {
            if (((needMask[i] & mask) != 0) == serving && (!onTopicOnly || candidates.Topic[i] > 0))
            {
                top.Offer(new Ranked(i, scores[i]));
            }
        }

        if (onTopicOnly)
        {
            return top.ToArray();
        }

        var untouched = 0;
        var last = double.NaN;
        foreach (var i in baseOrder)
        {
            if (candidates.IsTouched(i) || ((needMask[i] & mask) != 0) != serving)
            {
                continue;
            }

            // Untouched options have no topic: the gate is the same for all of them, so base order still holds.
            var score = OptionScorer.Round(_scorer.NeedFactor(i, query) * (0.0 + (_index.Weights.OrderGate(0, query.Topical) * _index.Base[i])));
            if (untouched >= limit && score != last)
            {
                break;
            }

            top.Offer(new Ranked(i, score));
            untouched++;
            last = score;
        }

        return top.ToArray();
    }
}
