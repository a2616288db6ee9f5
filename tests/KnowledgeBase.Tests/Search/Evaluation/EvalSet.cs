using KnowledgeBase.Search;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>Reads a graded query file in the format of Evaluation/search-queries.yml.</summary>
public static class EvalSet
{
    public static List<EvalQuery> Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var result = new List<EvalQuery>();
        foreach (YamlMappingNode item in ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            string q = ((YamlScalarNode)item.Children[new YamlScalarNode("q")]).Value!;
            var relevant = ((YamlMappingNode)item.Children[new YamlScalarNode("relevant")]).Children
                .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => int.Parse(((YamlScalarNode)kv.Value).Value!, System.Globalization.CultureInfo.InvariantCulture));
            result.Add(new EvalQuery(q, relevant));
        }

        return result;
    }
}
