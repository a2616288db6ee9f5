using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Yaml;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.Data;

/// <summary>Reads <c>content/synonyms.yml</c>: a list of groups, each a list of equivalent words or phrases.</summary>
public static class SynonymLoader
{
    public const string FileName = "synonyms.yml";

    public static SynonymSet Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(yaml, file, 0, diagnostics, DiagnosticCodes.SynonymsInvalid);
        var reader = new YamlReader(file, 0, diagnostics);
        if (root is null || YamlReader.IsNull(root))
        {
            return SynonymSet.Empty;
        }

        if (root is not YamlSequenceNode list)
        {
            reader.Error(root, DiagnosticCodes.SynonymsInvalid, "synonyms.yml must be a list of groups, each like '- [gun, firearm, shooting]'");
            return SynonymSet.Empty;
        }

        var groups = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var item in list.Children)
        {
            if (item is not YamlSequenceNode)
            {
                reader.Error(item, DiagnosticCodes.SynonymsInvalid, "each synonym group must be a list of two or more words, like [knife, blade]");
                continue;
            }

            var words = reader.List(item, "synonyms").Select(w => w.Value.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToImmutableArray();
            if (words.Length < 2)
            {
                reader.Error(item, DiagnosticCodes.SynonymsInvalid, "a synonym group needs at least two different words");
                continue;
            }

            groups.Add(words);
        }

        return new SynonymSet(groups.ToImmutable());
    }
}
