namespace KnowledgeBase.Menu;

/// <summary>The plain-English side of scoring: each reason names what earned the points.</summary>
internal sealed partial class OptionScorer
{
    private string NeedReason(MenuOptionData option, MenuQuery query)
    {
        if (query.Needs.IsEmpty)
        {
            return option.Needs.IsEmpty ? "serves no stated need" : $"serves {Names(MenuFacets.Needs, option.Needs)}";
        }

        var served = query.Needs.Where(option.Needs.Contains).ToList();
        if (served.Count > 0)
        {
            return $"serves {Names(MenuFacets.Needs, served)}{Implied(query.NeedsImplied)}";
        }

        var asked = Names(MenuFacets.Needs, query.Needs, "or");
        return option.Needs.IsEmpty
            ? $"does not serve {asked}, so it ranks lower"
            : $"does not serve {asked} (it serves {Names(MenuFacets.Needs, option.Needs)}), so it ranks lower";
    }

    /// <summary>The chosen gang types whose crime type is one of <paramref name="crimeTypes"/>.</summary>
    private IEnumerable<string> GangTypesCommitting(List<string> crimeTypes, MenuQuery query) =>
        index.Vocabularies[MenuFacets.GangTypes].Terms
            .Where(t => t.CrimeType is { } c && crimeTypes.Contains(c) && query.Profile.GangTypes.Contains(t.Slug))
            .Select(t => t.Slug);

    private void AddFacetReasons(string facet, List<string>? chosen, bool everyone, List<string>? implied, MenuQuery query, List<string> reasons)
    {
        var verb = facet switch
        {
            MenuFacets.CrimeTypes => "answers",
            MenuFacets.GangTypes => "fits",
            MenuFacets.Focus => "focuses on",
            MenuFacets.Communities => "works with",
            _ => "reaches",
        };
        if (chosen is not null)
        {
            reasons.Add($"{verb} {Names(facet, chosen)}");
        }

        if (everyone)
        {
            reasons.Add("works with all communities");
        }

        if (implied is not null)
        {
            reasons.Add($"{verb} {Names(facet, implied)}{Quoted(facet, implied, query)}");
        }
    }

    private void AddLocalityReasons(int i, MenuQuery query, List<string> covered, List<string> reasons)
    {
        var start = reasons.Count;
        var own = covered.Where(index.LocalBoroughs[i].Contains).ToList();
        if (own.Count > 0)
        {
            reasons.Add($"runs in {BoroughNames(own)}");
        }

        var rest = covered.Where(b => !index.LocalBoroughs[i].Contains(b)).ToList();
        foreach (var programme in index.Options[i].Programmes)
        {
            var there = rest.Where(programme.Boroughs.Contains).ToList();
            if (there.Count > 0)
            {
                reasons.Add($"{programme.Title} runs it in {BoroughNames(there)}");
                rest.RemoveAll(there.Contains);
            }
        }

        var last = reasons.Count - 1;
        if (query.Boroughs.Length > 1 && covered.Count < query.Boroughs.Length)
        {
            reasons[last] += $" ({covered.Count} of {query.Boroughs.Length} boroughs asked)";
        }

        if (query.BoroughsImplied && last >= start)
        {
            reasons[last] += Implied(true);
        }
    }

    private static void AddStatusAndEvidence(MenuOptionData option, List<string> reasons)
    {
        if (MenuWording.StatusReason(option.Status) is { } status)
        {
            reasons.Add(status);
        }

        if (MenuWording.EvidenceReason(option.Evidence) is { } evidence)
        {
            reasons.Add(evidence);
        }
    }

    /// <summary>Says which reasons rest on the editors' inference rather than a source (front matter <c>inferred</c>).</summary>
    private static void MarkInferred(bool inferred, int from, List<string> reasons)
    {
        for (var k = from; inferred && k < reasons.Count; k++)
        {
            reasons[k] += " (inferred by the editors)";
        }
    }

    /// <summary>" (from 'stabbed' in your description)": the commander's own words that named the terms.</summary>
    private static string Quoted(string facet, List<string> terms, MenuQuery query)
    {
        var words = terms.Select(t => query.ImpliedWords.GetValueOrDefault(TextFacetDetector.WordsKey(facet, t)))
            .OfType<string>().Distinct(StringComparer.Ordinal).Select(w => $"'{w}'").ToList();
        return words.Count == 0 ? Implied(true) : $" (from {string.Join(", ", words)} in your description)";
    }

    private static string Implied(bool implied) => implied ? " (from your description)" : "";

    private string BoroughNames(IEnumerable<string> boroughs) => Names(MenuFacets.Boroughs, boroughs);

    /// <summary>Display names joined as prose: "a", "a and b", "a, b and c".</summary>
    private string Names(string facet, IEnumerable<string> slugs, string conjunction = "and")
    {
        var vocabulary = index.Vocabularies[facet];
        var names = slugs.Select(s => Display(facet, vocabulary.NameOf(s))).ToList();
        return names.Count <= 1
            ? string.Concat(names)
            : $"{string.Join(", ", names.Take(names.Count - 1))} {conjunction} {names[^1]}";
    }

    /// <summary>Mid-sentence case for common nouns ("knife-enabled crime"); communities and boroughs keep their names.</summary>
    private static string Display(string facet, string name) =>
        facet is MenuFacets.Communities or MenuFacets.Boroughs || name.Length == 0
            ? name
            : char.ToLowerInvariant(name[0]) + name[1..];
}
