using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeBase.Menu;

/// <summary>
/// Writes menu-data.json, everything assets/menu.js needs to rank in the browser as the C# engine does: the
/// options with their terms and word lists, the vocabularies (names and aliases) and the weights. Keys are
/// sorted at every level and arrays keep a stable order, so the same catalog always gives the same bytes.
/// </summary>
public static class MenuDataWriter
{
    public const int Version = 1;

    public static string ToJson(MenuCatalog catalog, MenuWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var root = new JsonObject
        {
            ["version"] = Version,
            ["weights"] = Weights(weights ?? MenuWeights.Default),
            ["vocabularies"] = Vocabularies(catalog),
            ["options"] = new JsonArray([.. catalog.Options.OrderBy(o => o.Slug, StringComparer.Ordinal).Select(Option)]),
        };
        return Sorted(root)!.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Option(MenuOptionData option)
    {
        var words = OptionWords.Of(option);
        var node = new JsonObject
        {
            ["slug"] = option.Slug,
            ["title"] = option.Title,
            ["url"] = option.Url,
            ["summary"] = option.Summary,
            ["status"] = MenuNames.Of(option.Status),
            ["evidence"] = MenuNames.Of(option.Evidence),
            ["lead"] = option.Lead is null ? null : new JsonObject { ["slug"] = option.Lead.Slug, ["title"] = option.Lead.Title, ["url"] = option.Lead.Url },
            ["lead_contact"] = option.LeadContact,
            ["partners"] = new JsonArray([.. option.Partners.Select(p => new JsonObject { ["text"] = p.Text, ["url"] = p.Url })]),
            ["programmes"] = new JsonArray([.. option.Programmes.Select(p => new JsonObject
            {
                ["slug"] = p.Slug, ["title"] = p.Title, ["url"] = p.Url, ["boroughs"] = Strings(p.Boroughs), ["status"] = MenuNames.Of(p.Status),
            })]),
            ["inferred"] = Strings(option.Inferred),
            ["londonWide"] = option.LondonWide,
            ["tw"] = Strings(words.Strong),
            ["bw"] = Strings(words.Body),
        };
        foreach (var facet in MenuFacets.All)
        {
            node[facet] = Strings(option.TermsOf(facet));
        }

        return node;
    }

    private static JsonObject Vocabularies(MenuCatalog catalog)
    {
        var node = new JsonObject();
        foreach (var facet in MenuFacets.All)
        {
            var vocabulary = catalog.VocabularyOf(facet);
            node[facet] = new JsonObject
            {
                ["title"] = vocabulary.Title,
                ["singular"] = vocabulary.Singular,
                ["terms"] = new JsonArray([.. vocabulary.Terms.Select(Term)]),
            };
        }

        return node;
    }

    private static JsonObject Term(MenuTerm term)
    {
        var node = new JsonObject { ["slug"] = term.Slug, ["name"] = term.Name, ["aliases"] = Strings(term.Aliases) };
        if (term.CrimeType is { } crimeType)
        {
            node["crime_type"] = crimeType;
        }

        return node;
    }

    private static JsonObject Weights(MenuWeights weights)
    {
        var node = new JsonObject();
        foreach (var property in typeof(MenuWeights).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.PropertyType == typeof(double)))
        {
            node[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = (double)property.GetValue(weights)!;
        }

        return node;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray([.. array.Select(n => Sorted(n?.DeepClone()))]),
        _ => node?.DeepClone(),
    };
}
