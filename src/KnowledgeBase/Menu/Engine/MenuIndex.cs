using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// What the engine precomputes once per catalog, so a profile is answered from postings rather than by scanning
/// every option: per-term postings and IDF weights, borough coverage (the option's own and its programmes'),
/// base scores and the options in base order per need.
/// </summary>
internal sealed partial class MenuIndex
{
    public MenuIndex(MenuCatalog catalog, MenuWeights weights)
    {
        Catalog = catalog;
        Weights = weights;
        Options = catalog.Options;
        Count = Options.Length;
        Vocabularies = MenuFacets.All.ToFrozenDictionary(f => f, catalog.VocabularyOf, StringComparer.Ordinal);
        Postings = MenuFacets.All.ToFrozenDictionary(f => f, f => BuildPostings(Options, f), StringComparer.Ordinal);
        Idf = MenuFacets.Matched.ToFrozenDictionary(f => f, f => BuildIdf(Postings[f]), StringComparer.Ordinal);
        (LocalBoroughs, BoroughPostings, LondonWide) = BuildLocality(Options);
        IsLondonWide = [.. Enumerable.Range(0, Count).Select(LondonWide.Contains)];
        StrongStems = [.. Options.Select(o => StrongWords(o).SelectMany(MenuText.ContentStems).ToFrozenSet(StringComparer.Ordinal))];
        Base = [.. Options.Select(o => weights.StatusBonus(o.Status) + weights.EvidenceBonus(o.Evidence))];
        TieRank = BuildTieRank(Options);
        BaseOrder = [.. Enumerable.Range(0, Count).OrderBy(i => -Base[i]).ThenBy(i => TieRank[i])];
        NeedOrder = Vocabularies[MenuFacets.Needs].Terms.Select(t => t.Slug)
            .Concat(Options.SelectMany(o => o.Needs)).Distinct(StringComparer.Ordinal)
            .ToFrozenDictionary(n => n, n => BaseOrder.Where(i => Options[i].Needs.Contains(n)).ToArray(), StringComparer.Ordinal);
        Phrases = new TextFacetDetector(catalog);
        IndexOf = Enumerable.Range(0, Count).ToFrozenDictionary(i => Options[i].Slug, i => i, StringComparer.Ordinal);
        NeedBits = BuildNeedBits(NeedOrder.Keys.Order(StringComparer.Ordinal));
        NeedMask = [.. Options.Select(o => MaskOf(o.Needs))];
        Covered = [.. Options.Select(o => o.Boroughs.Concat(o.Programmes.SelectMany(p => p.Boroughs)).ToFrozenSet(StringComparer.Ordinal))];
        Breadth = MenuFacets.Matched.ToFrozenDictionary(
            f => f,
            f => Options.Select(o => MatchFactor(o, f, weights)).ToArray(),
            StringComparer.Ordinal);
        Locality = [.. Options.Select(o => LocalityInferred(o) ? weights.Locality * weights.InferredShare : weights.Locality)];
    }

    /// <summary>
    /// Facet -> per option, the factor on a match in that facet: the length normalisation (see <see cref="MenuWeights.Breadth"/>),
    /// times <see cref="MenuWeights.InferredShare"/> when the editors inferred the facet.
    /// </summary>
    public FrozenDictionary<string, double[]> Breadth { get; }

    /// <summary>Per option, the weight of a borough it covers: <see cref="MenuWeights.Locality"/>, less when its boroughs or programmes are inferred.</summary>
    public ImmutableArray<double> Locality { get; }

    /// <summary>
    /// True when every borough the option covers comes from an inference: its own boroughs are inferred or absent,
    /// and so are its programmes' (an inferred <c>used_by</c>). A stated source of coverage keeps full weight.
    /// </summary>
    public static bool LocalityInferred(MenuOptionData option)
    {
        var own = option.Boroughs.IsEmpty || option.Inferred.Contains(MenuFacets.Boroughs);
        var programmes = option.Programmes.All(p => p.Boroughs.IsEmpty) || option.Inferred.Contains("used_by");
        return own && programmes;
    }

    /// <summary>The factor on a match in one facet of one option; <see cref="OptionScorer"/> and menu.js compute it the same way.</summary>
    public static double MatchFactor(MenuOptionData option, string facet, MenuWeights weights)
    {
        var breadth = 1.0 / (1.0 + (weights.Breadth * (option.TermsOf(facet).Length - 1)));
        return option.Inferred.Contains(facet) ? breadth * weights.InferredShare : breadth;
    }

    /// <summary>Option slug -> its index in the catalog.</summary>
    public FrozenDictionary<string, int> IndexOf { get; }

    /// <summary>Need -> its bit, so "serves any of these needs" is one AND, not a string search per option.</summary>
    public FrozenDictionary<string, ulong> NeedBits { get; }

    /// <summary>Per option, the bits of the needs it serves.</summary>
    public ImmutableArray<ulong> NeedMask { get; }

    /// <summary>Per option, every borough it runs in, itself or through a programme.</summary>
    public ImmutableArray<FrozenSet<string>> Covered { get; }

    public ulong MaskOf(IEnumerable<string> needs)
    {
        var mask = 0UL;
        foreach (var need in needs)
        {
            mask |= NeedBits.GetValueOrDefault(need);
        }

        return mask;
    }

    public MenuCatalog Catalog { get; }

    public MenuWeights Weights { get; }

    public ImmutableArray<MenuOptionData> Options { get; }

    public int Count { get; }

    public FrozenDictionary<string, MenuVocabulary> Vocabularies { get; }

    /// <summary>Facet -> term -> indexes of the options that carry the term.</summary>
    public FrozenDictionary<string, FrozenDictionary<string, int[]>> Postings { get; }

    /// <summary>Facet -> term -> IDF weight in [IdfFloor, 1]: 1 for a term only one option carries.</summary>
    public FrozenDictionary<string, FrozenDictionary<string, double>> Idf { get; }

    /// <summary>Per option, the boroughs it runs in itself.</summary>
    public ImmutableArray<FrozenSet<string>> LocalBoroughs { get; }

    /// <summary>Borough -> options that run there, themselves or through a programme that uses them.</summary>
    public FrozenDictionary<string, int[]> BoroughPostings { get; }

    /// <summary>Options tied to no borough, neither themselves nor through a programme: open to every borough.</summary>
    public FrozenSet<int> LondonWide { get; }

    /// <summary><see cref="LondonWide"/> by option index: the scoring loop reads a flag, not a hash set.</summary>
    public ImmutableArray<bool> IsLondonWide { get; }

    /// <summary>Per option, the stems of its title, summary and keywords, to name the words that matched.</summary>
    public ImmutableArray<FrozenSet<string>> StrongStems { get; }

    /// <summary>Per option, what status and evidence add to its score whatever the profile.</summary>
    public ImmutableArray<double> Base { get; }

    /// <summary>Per option, its place in title-then-slug order: the tie-break after score.</summary>
    public ImmutableArray<int> TieRank { get; }

    /// <summary>All options by base score, then tie rank: the order of options no profile term touches.</summary>
    public ImmutableArray<int> BaseOrder { get; }

    /// <summary>Need -> the options serving it, in base order.</summary>
    public FrozenDictionary<string, int[]> NeedOrder { get; }

    public TextFacetDetector Phrases { get; }

    /// <summary>Orders two options: higher score first, then title (case-insensitive, then exact), then slug.</summary>
    public int Compare(int a, double scoreA, int b, double scoreB)
    {
        var byScore = scoreB.CompareTo(scoreA);
        return byScore != 0 ? byScore : TieRank[a].CompareTo(TieRank[b]);
    }

    public static IEnumerable<string> StrongWords(MenuOptionData option) =>
        new[] { option.Title, option.Summary }.Concat(option.Keywords);
}
