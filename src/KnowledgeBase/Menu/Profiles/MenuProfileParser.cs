using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>
/// Validates and normalises a commander's raw profile: values may be slugs, display names or aliases, and each
/// unknown value is reported with the allowed values (and a "did you mean" when one is close).
/// </summary>
public sealed class MenuProfileParser
{
    private static readonly FrozenDictionary<string, string> FieldNames = new Dictionary<string, string>
    {
        ["need"] = MenuFacets.Needs,
        ["crime type"] = MenuFacets.CrimeTypes,
        ["gang type"] = MenuFacets.GangTypes,
        ["focus"] = MenuFacets.Focus,
        ["borough"] = MenuFacets.Boroughs,
        ["community"] = MenuFacets.Communities,
        ["audience"] = MenuFacets.Audiences,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, VocabularyResolver> _resolvers;

    public MenuProfileParser(MenuCatalog catalog)
    {
        _resolvers = MenuFacets.All.ToFrozenDictionary(
            f => f,
            f => new VocabularyResolver(catalog.VocabularyOf(f)),
            StringComparer.Ordinal);
    }

    /// <summary>Normalises a profile whose fields hold raw values; commas inside a value separate values.</summary>
    public MenuProfileParseResult Parse(MenuProfile raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var problems = ImmutableArray.CreateBuilder<string>();
        var readings = ImmutableArray.CreateBuilder<string>();
        var profile = MenuProfile.Empty with { Text = (raw.Text ?? "").Trim() };
        foreach (var facet in MenuFacets.All)
        {
            profile = profile.With(facet, Normalise(facet, raw.TermsOf(facet), problems, readings));
        }

        return new MenuProfileParseResult(profile, problems.ToImmutable()) { Readings = readings.ToImmutable() };
    }

    /// <summary>
    /// Normalises fields as a CLI or query string names them: "need" or "needs", "crime-type" or "crime_types"...
    /// "text" holds the free text.
    /// </summary>
    public MenuProfileParseResult Parse(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var raw = MenuProfile.Empty;
        var unknown = new List<string>();
        foreach (var (name, values) in fields)
        {
            var key = MenuText.Key(name);
            if (key == "text")
            {
                raw = raw with { Text = string.Join(' ', values) };
            }
            else if (FieldNames.TryGetValue(key, out var facet))
            {
                raw = raw.With(facet, raw.TermsOf(facet).AddRange(values));
            }
            else
            {
                unknown.Add(name);
            }
        }

        var result = Parse(raw);
        if (unknown.Count == 0)
        {
            return result;
        }

        var problems = unknown
            .Select(u => $"Unknown profile field '{u}'. Allowed fields: need, crime-type, gang-type, focus, borough, community, audience, text.")
            .ToImmutableArray();
        return result with { Problems = problems.AddRange(result.Problems) };
    }

    private ImmutableArray<string> Normalise(
        string facet, ImmutableArray<string> values, ImmutableArray<string>.Builder problems, ImmutableArray<string>.Builder readings)
    {
        if (values.IsDefaultOrEmpty)
        {
            return [];
        }

        var resolver = _resolvers[facet];
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values.SelectMany(v => (v ?? "").Split(',')))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var reading = resolver.Read(value);
            if (reading.Slug is { } slug)
            {
                ImmutableArray<string> read = reading.Together.IsEmpty ? [slug] : reading.Together;
                slugs.UnionWith(read);
                if (reading.Loose)
                {
                    readings.Add($"'{value.Trim()}' read as {string.Join(" and ", read.Select(resolver.Vocabulary.NameOf))}");
                }
            }
            else
            {
                problems.Add(reading.Candidates.IsEmpty ? Unknown(resolver, value.Trim()) : Ambiguous(resolver, value.Trim(), reading.Candidates));
            }
        }

        // Vocabulary order, not input order, so the same profile always echoes the same way.
        return [.. resolver.Vocabulary.Terms.Select(t => t.Slug).Where(slugs.Contains)];
    }

    private static string Ambiguous(VocabularyResolver resolver, string value, ImmutableArray<string> candidates)
    {
        var vocabulary = resolver.Vocabulary;
        var names = string.Join(", ", candidates.Select(c => $"{c} ({vocabulary.NameOf(c)})"));
        var allowed = string.Join(", ", vocabulary.Terms.Select(t => t.Slug));
        return $"The {vocabulary.Singular.ToLowerInvariant()} '{value}' could mean {names}: say which. Allowed {vocabulary.Title.ToLowerInvariant()}: {allowed}.";
    }

    private static string Unknown(VocabularyResolver resolver, string value)
    {
        var vocabulary = resolver.Vocabulary;
        var singular = vocabulary.Singular.ToLowerInvariant();
        var suggestion = resolver.Suggest(value);
        var hint = suggestion is null ? "" : $" Did you mean '{suggestion}'?";
        var allowed = string.Join(", ", vocabulary.Terms.Select(t => t.Slug));
        return $"Unknown {singular} '{value}'.{hint} Allowed {vocabulary.Title.ToLowerInvariant()}: {allowed} (display names and aliases are accepted too).";
    }
}
