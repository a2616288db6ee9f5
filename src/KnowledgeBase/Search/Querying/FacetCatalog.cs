using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// The values each facet can take, with display names, and how a typed filter value maps to them: by slug, by
/// display name, by a synonym of either (taxonomy aliases are synonym groups), singular or plural alike; failing
/// that, as the values whose slug or name a longer value holds whole ("LB Southwark", "Lambeth and Southwark"), or
/// the one value whose slug or name it nearly spells ("Hackny"), as the menu reads its fields. search.js the same.
/// </summary>
internal sealed class FacetCatalog
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> lookup = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, string Term)>> own = new(StringComparer.Ordinal);
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
            own[facet] = Own(values);
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

    /// <summary>The value slugs a typed value means (none when it means nothing); <paramref name="loose"/> when not read exactly.</summary>
    public IReadOnlyList<string> Read(string facet, string typed, out bool loose)
    {
        loose = false;
        if (!lookup.TryGetValue(facet, out var keys))
        {
            return [];
        }

        if (keys.GetValueOrDefault(key(typed)) is { } exact)
        {
            return [exact];
        }

        var values = own[facet];
        var words = Words(typed);
        List<string> read = [.. TermReading.Held(values, words).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (read.Count == 0)
        {
            // A near spelling counts only when it can mean one value.
            read = [.. TermReading.Nearest(values.Select(o => (string.Join(' ', o.Words), o.Term)), string.Join(' ', words)).Distinct(StringComparer.Ordinal)];
            read = read.Count == 1 ? read : [];
        }

        loose = read.Count > 0;
        return read;
    }

    /// <summary>Lower-case words, '&amp;' read as "and": how a typed value is compared with slugs and names when it is not one.</summary>
    internal static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (char c in text.Replace("&", " and ", StringComparison.Ordinal) + " ")
        {
            if (char.IsLetter(c) || char.IsDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return [.. words];
    }

    /// <summary>Each value's slug and name as words, longest first, for the values a longer typed value holds whole.</summary>
    private static List<(string[] Words, string Term)> Own(SortedDictionary<string, string> values) => TermReading.LongestFirst(values
        .SelectMany(v => new[] { (v.Key.Split('-', StringSplitOptions.RemoveEmptyEntries), v.Key), (Words(v.Value), v.Key) }));

    private SortedDictionary<string, string> Name(string facet)
    {
        if (!names.TryGetValue(facet, out var values))
        {
            names[facet] = values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        }

        return values;
    }
}
