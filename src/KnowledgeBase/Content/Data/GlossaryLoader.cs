using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Yaml;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.Data;

/// <summary>Reads <c>content/glossary.yml</c>: a list of acronyms, each with its expansion and definition.</summary>
public static class GlossaryLoader
{
    public const string FileName = "glossary.yml";

    private static readonly string[] Fields = ["acronym", "expansion", "definition", "entry"];

    /// <summary>The terms, plus where each <c>entry:</c> reference stands so it can be checked against the entries.</summary>
    public static (Glossary Glossary, IReadOnlyList<(string Slug, SourceLocation At)> EntryReferences) Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        var references = new List<(string, SourceLocation)>();
        var root = YamlText.Parse(yaml, file, 0, diagnostics, DiagnosticCodes.GlossaryInvalid);
        var reader = new YamlReader(file, 0, diagnostics);
        if (root is null || YamlReader.IsNull(root))
        {
            return (Glossary.Empty, references);
        }

        if (root is not YamlSequenceNode list)
        {
            reader.Error(root, DiagnosticCodes.GlossaryInvalid, "glossary.yml must be a list of items, each starting '- acronym: ...'");
            return (Glossary.Empty, references);
        }

        var terms = new List<GlossaryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode map)
            {
                reader.Error(item, DiagnosticCodes.GlossaryInvalid, "each glossary item needs 'acronym:', 'expansion:' and 'definition:'");
                continue;
            }

            string? acronym = null, expansion = null, definition = null, entry = null;
            foreach (var (field, fieldNode, value) in reader.Pairs(map))
            {
                switch (field)
                {
                    case "acronym": acronym = reader.Text(value, field); break;
                    case "expansion": expansion = reader.Text(value, field); break;
                    case "definition": definition = reader.Text(value, field); break;
                    case "entry":
                        entry = reader.Text(value, field);
                        if (entry is not null)
                        {
                            references.Add((entry, reader.At(value)));
                        }

                        break;
                    default:
                        reader.Error(fieldNode, DiagnosticCodes.GlossaryInvalid, $"unknown field '{field}'{Suggestions.Hint(field, Fields)}");
                        break;
                }
            }

            if (acronym is null || expansion is null)
            {
                reader.Error(item, DiagnosticCodes.GlossaryInvalid, "a glossary item needs both 'acronym:' and 'expansion:'");
                continue;
            }

            if (!seen.Add(acronym))
            {
                reader.Error(item, DiagnosticCodes.DuplicateDataItem, $"the acronym '{acronym}' is listed twice; keep one item");
                continue;
            }

            terms.Add(new GlossaryTerm(acronym, expansion, definition ?? "", entry));
        }

        return (new Glossary([.. terms.OrderBy(t => t.Acronym, StringComparer.Ordinal)]), references);
    }
}
