using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Yaml;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.Data;

/// <summary>Reads <c>content/taxonomies.yml</c>: one section per vocabulary, each with its terms.</summary>
public static class TaxonomyLoader
{
    public const string FileName = "taxonomies.yml";

    private static readonly string[] SectionFields = ["title", "singular", "description", "terms"];
    private static readonly string[] TermFields = ["slug", "name", "description", "aliases", "crime_type"];

    public static TaxonomySet Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(yaml, file, 0, diagnostics, DiagnosticCodes.TaxonomiesInvalid);
        var reader = new YamlReader(file, 0, diagnostics);
        if (root is not YamlMappingNode map)
        {
            if (root is not null)
            {
                reader.Error(root, DiagnosticCodes.TaxonomiesInvalid, "taxonomies.yml must be a set of sections such as 'needs:', each with 'terms:'");
            }

            return TaxonomySet.Empty;
        }

        var sections = new Dictionary<string, Taxonomy>(StringComparer.Ordinal);
        var crimeTypeNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var known = TaxonomySet.FacetKeys.Append(TaxonomySet.SourcesKey).ToList();
        foreach (var (key, keyNode, value) in reader.Pairs(map))
        {
            if (!known.Contains(key))
            {
                reader.Error(keyNode, DiagnosticCodes.TaxonomiesInvalid, $"unknown vocabulary '{key}'{Suggestions.Hint(key, known)}");
                continue;
            }

            sections[key] = ReadSection(reader, key, value, crimeTypeNodes);
        }

        foreach (var key in known.Where(k => !sections.ContainsKey(k)))
        {
            diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCodes.TaxonomiesInvalid,
                $"the vocabulary '{key}' is missing; add a section '{key}:' with its terms");
            sections[key] = new Taxonomy(key, key, key, "", []);
        }

        CheckCrimeTypes(reader, sections, crimeTypeNodes);
        return new TaxonomySet([.. TaxonomySet.FacetKeys.Select(k => sections[k])], sections[TaxonomySet.SourcesKey]);
    }

    /// <summary>A gang type's crime type must be one of the crime types listed.</summary>
    private static void CheckCrimeTypes(YamlReader reader, Dictionary<string, Taxonomy> sections, Dictionary<string, YamlNode> nodes)
    {
        var crimeTypes = sections["crime_types"].Terms.Select(t => t.Slug).ToList();
        foreach (var term in sections["gang_types"].Terms)
        {
            if (term.CrimeType is { } crimeType && !crimeTypes.Contains(crimeType) && nodes.TryGetValue(term.Slug, out var node))
            {
                reader.Error(node, DiagnosticCodes.TaxonomiesInvalid,
                    $"the gang type '{term.Slug}' names the crime type '{crimeType}', which 'crime_types' does not list{Suggestions.Hint(crimeType, crimeTypes)}");
            }
        }
    }

    private static Taxonomy ReadSection(YamlReader reader, string key, YamlNode node, Dictionary<string, YamlNode> crimeTypeNodes)
    {
        string title = key, singular = key, description = "";
        var terms = ImmutableArray.CreateBuilder<TaxonomyTerm>();
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, DiagnosticCodes.TaxonomiesInvalid, $"'{key}' must have 'title:' and 'terms:'");
            return new Taxonomy(key, title, singular, description, []);
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, fieldNode, value) in reader.Pairs(map))
        {
            switch (field)
            {
                case "title": title = reader.Text(value, field) ?? title; break;
                case "singular": singular = reader.Text(value, field) ?? singular; break;
                case "description": description = reader.Text(value, field) ?? ""; break;
                case "terms" when value is YamlSequenceNode list:
                    foreach (var item in list.Children)
                    {
                        if (ReadTerm(reader, key, item, crimeTypeNodes) is { } term)
                        {
                            if (!slugs.Add(term.Slug))
                            {
                                reader.Error(item, DiagnosticCodes.DuplicateDataItem, $"the term '{term.Slug}' is listed twice in '{key}'; remove one");
                                continue;
                            }

                            terms.Add(term);
                        }
                    }

                    break;
                case "terms":
                    reader.Error(value, DiagnosticCodes.TaxonomiesInvalid, $"'terms' of '{key}' must be a list of terms, each with 'slug:' and 'name:'");
                    break;
                default:
                    reader.Error(fieldNode, DiagnosticCodes.TaxonomiesInvalid, $"unknown field '{field}' in '{key}'{Suggestions.Hint(field, SectionFields)}");
                    break;
            }
        }

        return new Taxonomy(key, title, singular, description, terms.ToImmutable());
    }

    private static TaxonomyTerm? ReadTerm(YamlReader reader, string key, YamlNode node, Dictionary<string, YamlNode> crimeTypeNodes)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, DiagnosticCodes.TaxonomiesInvalid, $"each term of '{key}' needs 'slug:' and 'name:'");
            return null;
        }

        string? slug = null, name = null, description = null, crimeType = null;
        YamlNode? crimeTypeNode = null;
        var aliases = ImmutableArray<string>.Empty;
        foreach (var (field, fieldNode, value) in reader.Pairs(map))
        {
            switch (field)
            {
                case "slug": slug = reader.Text(value, field); break;
                case "name": name = reader.Text(value, field); break;
                case "description": description = reader.Text(value, field); break;
                case "aliases": aliases = [.. reader.List(value, field).Select(a => a.Value)]; break;
                case "crime_type" when key == "gang_types":
                    crimeType = reader.Text(value, field);
                    crimeTypeNode = value;
                    break;
                case "crime_type":
                    reader.Error(fieldNode, DiagnosticCodes.TaxonomiesInvalid, $"only gang types name a crime type; remove 'crime_type' from this term of '{key}'");
                    break;
                default:
                    reader.Error(fieldNode, DiagnosticCodes.TaxonomiesInvalid, $"unknown field '{field}' in a term of '{key}'{Suggestions.Hint(field, TermFields)}");
                    break;
            }
        }

        if (slug is null || !Slugs.IsValid(slug))
        {
            reader.Error(node, DiagnosticCodes.TaxonomiesInvalid, $"a term of '{key}' needs a 'slug:' of lower-case words joined by hyphens");
            return null;
        }

        if (crimeTypeNode is not null)
        {
            crimeTypeNodes[slug] = crimeTypeNode;
        }

        return new TaxonomyTerm(slug, name ?? slug, description ?? "", aliases) { CrimeType = crimeType };
    }
}
