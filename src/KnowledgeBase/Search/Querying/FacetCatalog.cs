namespace KnowledgeBase.Search.Querying;

/// <summary>
/// The values each facet can take, with display names, and how a typed filter value maps to them: by slug, by
/// display name, by a synonym of either (taxonomy aliases are synonym groups), singular or plural alike.
/// </summary>
internal sealed class FacetCatalog
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> lookup = new(StringComparer.Ordinal);
    private readonly Func<string, string> key;

    /// <param name="lexicon">The facet values the lexicon names, and the synonym groups that alias them.</param>
    /// <param name="used">The facet values documents carry, for facets the lexicon does not name (kind, status).</param>
    /// <param name="key">What a typed value compares by: its analysed terms ("Tower-Hamlets" and "tower hamlets", "knife" and "knives").</param>
    public FacetCatalog(SearchLexicon lexicon, IEnumerable<(string Facet, string Value)> used, Func<string, string> key)
    {
        this.key = key;
        foreach (var (facet, values) in lexicon.FacetValues)
        {
            foreach (var (value, name) in values)
            {
                Name(facet)[value] = name;
            }
        }

        foreach (var (facet, value) in used)
        {
            Name(facet).TryAdd(value, value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('-', ' '));
        }

        foreach (var (facet, values) in names)
        {
            var keys = lookup[facet] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (value, name) in values)
            {
                keys.TryAdd(key(value), value);
                keys.TryAdd(key(name), value);
            }

            foreach (var group in lexicon.Synonyms)
            {
                string? value = group.Select(p => keys.GetValueOrDefault(key(p))).FirstOrDefault(v => v is not null);
                foreach (string phrase in group.Where(_ => value is not null))
                {
                    keys.TryAdd(key(phrase), value!);
                }
            }
        }
    }

    public IEnumerable<string> Facets => names.Keys;

    /// <summary>The display name of a facet value (the slug itself when unknown).</summary>
    public string NameOf(string facet, string value) =>
        names.TryGetValue(facet, out var values) && values.TryGetValue(value, out string? name) ? name : value;

    /// <summary>The facet's values, sorted.</summary>
    public IReadOnlyCollection<string> ValuesOf(string facet) => names.TryGetValue(facet, out var v) ? v.Keys : [];

    /// <summary>Every key a typed value may compare as, and the value slug it means (the static index resolves filters from them).</summary>
    public IEnumerable<KeyValuePair<string, string>> KeysOf(string facet) =>
        lookup.TryGetValue(facet, out var keys) ? keys.OrderBy(k => k.Key, StringComparer.Ordinal) : [];

    /// <summary>What a typed value compares by: its analysed words, concept tokens left out.</summary>
    public static string KeyOf(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        string.Join(' ', Analysis.TokenList.Of(analyzer, text).Where(t => !Analysis.ConceptTokens.IsConcept(t.Term)).Select(t => t.Term));

    /// <summary>The value slug a typed value means, or null.</summary>
    public string? Resolve(string facet, string typed) =>
        lookup.TryGetValue(facet, out var keys) ? keys.GetValueOrDefault(key(typed)) : null;

    private SortedDictionary<string, string> Name(string facet)
    {
        if (!names.TryGetValue(facet, out var values))
        {
            names[facet] = values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        }

        return values;
    }
}
